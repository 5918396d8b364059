import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  migrateUp,
  PortInUseError,
  servePocketBase,
  upsertSuperuser,
} from '../../scripts/lib/pocketbase-process';
import { signIn } from './api';

// Another program on the port answers /api/health as well; before the fix servePocketBase took
// that answer for its own child's (which had exited with "address already in use"), and init
// then failed to sign in to a server that was not its own.
describe('servePocketBase on a port another program holds', () => {
  let root: string;
  let other: Server;
  let otherPort: number;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'sasaeai-pbproc-'));
    other = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"code":200,"message":"API is healthy."}');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const addr = other.address();
    otherPort = typeof addr === 'object' && addr ? addr.port : 0;
  });

  afterAll(async () => {
    await new Promise((resolve) => other.close(resolve));
    rmSync(root, { recursive: true, force: true });
  });

  it('refuses a fixed port that is taken, naming it, instead of trusting the other health answer', async () => {
    const started = servePocketBase({
      dataDir: join(root, 'fixed'),
      host: '127.0.0.1',
      port: otherPort,
      quiet: true,
    });
    await expect(started).rejects.toBeInstanceOf(PortInUseError);
    await expect(started).rejects.toThrow(`127.0.0.1:${otherPort} is in use by another program`);
  });

  it("serves on a free port ('free') with its own child answering", async () => {
    const pb = await servePocketBase({
      dataDir: join(root, 'free'),
      host: '127.0.0.1',
      port: 'free',
      quiet: true,
    });
    try {
      expect(pb.url).not.toBe(`http://127.0.0.1:${otherPort}`);
      expect(pb.process.exitCode).toBeNull();
      // A collection only our migrations make: the answer is from our PocketBase.
      const res = await fetch(`${pb.url}/api/collections/site/records`);
      expect(res.status).toBe(200);
    } finally {
      await pb.stop();
    }
    expect(pb.process.exitCode !== null || pb.process.signalCode !== null).toBe(true);
  });
});

// init's temporary superuser has a random base64url password: 1 in 64 starts with "-", which
// PocketBase's CLI read as flags, saving nothing and exiting 0. init then could not sign in
// ("Failed to authenticate"), the real-city failure in CI.
describe('upsertSuperuser', () => {
  it('saves a password that starts with "-", and the server signs it in', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sasaeai-pbsu-'));
    try {
      await migrateUp(root);
      const password = '-Xk3jf9sl2kdjfls9dkfjslkdjf93kd';
      await upsertSuperuser(root, 'dash@sasaeai.invalid', password);
      const pb = await servePocketBase({
        dataDir: root,
        host: '127.0.0.1',
        port: 'free',
        quiet: true,
      });
      try {
        await signIn(pb.url, 'dash@sasaeai.invalid', password, '_superusers');
      } finally {
        await pb.stop();
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("throws with PocketBase's words when it saves nothing", async () => {
    const root = mkdtempSync(join(tmpdir(), 'sasaeai-pbsu-'));
    try {
      await migrateUp(root);
      await expect(upsertSuperuser(root, 'not-an-email', 'a-good-long-password')).rejects.toThrow(
        /PocketBase did not save the superuser not-an-email/,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
