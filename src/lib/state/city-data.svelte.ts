/**
 * The city's areas and resources, loaded through the gateway and shared by the pages.
 * Geometry and big arrays are `$state.raw`: they are replaced, never mutated.
 *
 * Resources depend on who is signed in (anonymous visitors see public active ones only),
 * so they are reloaded whenever the session changes; areas and resources are reloaded too
 * when the public data changed (`session.publicDataChanged`).
 */
import { loadGateway, publicReads } from '$lib/data-access/browser-reads';
import type { Area, Council, Organization, Resource } from '$lib/domain/types';
import { Loader, type LoadStatus } from './loader.svelte';
import { session } from './session.svelte';

export class CityData {
  /** The city area (with its boundary when loaded with geometry). */
  city = $state.raw<Area | null>(null);
  districts = $state.raw<Area[]>([]);
  resources = $state.raw<Resource[]>([]);
  councils = $state.raw<Council[]>([]);

  #areasWithGeometry = false;
  #areasFor = -1;
  /** Whether any page asked for boundaries (then every later load keeps them). */
  #wantGeometry = false;
  #areas: Promise<void> | null = null;
  #resourcesFor = -1;
  #resources: Promise<void> | null = null;

  // Areas and resources keep their own caches below (areas once, resources per session), so
  // a load is cheap when nothing changed and the status stays 'ready' meanwhile.
  readonly #loader = new Loader({
    fetch: () => Promise.all([this.#loadAreas(this.#wantGeometry), this.#loadResources()]),
    apply: () => {},
  });
  readonly #councils = new Loader({
    fetch: () =>
      session.readsSnapshots ? publicReads.councils() : loadGateway().then((g) => g.listCouncils()),
    apply: (c: Council[]) => (this.councils = c),
  });

  get status(): LoadStatus {
    return this.#loader.status;
  }

  get councilsStatus(): LoadStatus {
    return this.#councils.status;
  }

  /** The last failure's text: areas and resources first, then councils. */
  get error(): string {
    return this.#loader.error || this.#councils.error;
  }

  /** Loads areas (optionally with boundaries) and resources; cheap when already loaded. */
  load(opts: { geometry?: boolean } = {}): Promise<void> {
    if (opts.geometry === true) this.#wantGeometry = true;
    return this.#loader.load();
  }

  /** Loads the councils (public), once. */
  loadCouncils(): Promise<void> {
    return this.#councils.ensure();
  }

  /**
   * One resource for its page: a visitor reads the public snapshot's copy, staff the API.
   * @throws GatewayError 404 when it does not exist or the visitor may not see it
   */
  place(id: string): Promise<Resource> {
    return session.readsSnapshots
      ? publicReads.resource(id)
      : loadGateway().then((g) => g.getResource(id));
  }

  /** Organisations (public to everyone). */
  organizations(): Promise<Organization[]> {
    return session.readsSnapshots
      ? publicReads.organizations()
      : loadGateway().then((g) => g.listOrganizations());
  }

  /** District id → name. */
  get districtNames(): Record<string, string> {
    return Object.fromEntries(this.districts.map((d) => [d.id, d.name]));
  }

  #loadAreas(geometry: boolean): Promise<void> {
    // The same for everyone (a sign-in changes nothing), but read again when the public data
    // changed.
    const gen = session.publicDataVersion;
    if (this.#areas && this.#areasFor === gen && (this.#areasWithGeometry || !geometry))
      return this.#areas;
    this.#areasFor = gen;
    this.#areasWithGeometry = geometry;
    const reads = session.readsSnapshots ? publicReads : null;
    const p = Promise.all([
      reads
        ? reads.areas({ kind: 'city', withGeometry: geometry })
        : loadGateway().then((g) => g.listAreas({ kind: 'city', withGeometry: geometry })),
      reads
        ? reads.areas({ kind: 'district', withGeometry: geometry })
        : loadGateway().then((g) => g.listAreas({ kind: 'district', withGeometry: geometry })),
    ]).then(([cities, districts]) => {
      this.city = cities[0] ?? null;
      this.districts = districts;
    });
    this.#areas = p.catch((err: unknown) => {
      this.#areas = null;
      throw err;
    });
    return this.#areas;
  }

  #loadResources(): Promise<void> {
    const gen = session.generation;
    if (this.#resources && this.#resourcesFor === gen) return this.#resources;
    this.#resourcesFor = gen;
    const p = (
      session.readsSnapshots
        ? publicReads.resources()
        : loadGateway().then((g) => g.listResources())
    ).then((list) => {
      // a newer sign-in may have started another request meanwhile: keep the newest
      if (this.#resourcesFor === gen) this.resources = list;
    });
    this.#resources = p.catch((err: unknown) => {
      this.#resources = null;
      throw err;
    });
    return this.#resources;
  }
}

export const cityData = new CityData();
