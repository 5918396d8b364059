/**
 * MapLibre's one-time setup, imported (for its effect) by every map component: the worker
 * script comes from our own bundle (no CDN, offline), and the library's CSS is loaded once.
 * Importing it from a lazily loaded map component keeps MapLibre out of the first page's code.
 */
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);
