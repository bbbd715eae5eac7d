import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadServerSettings } from './server-settings.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'barwise-settings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const load = (flags: { config?: string; port?: number } = {}, env: Record<string, string> = {}) =>
  loadServerSettings({ flags, env, cwd: dir });

describe('barwise serve settings: defaults < YAML file < environment < flags', () => {
  it('defaults: 127.0.0.1:4000, 256 MiB uploads, info logs, no file', async () => {
    expect(await load()).toMatchObject({
      host: '127.0.0.1',
      port: 4000,
      uploadLimitBytes: 256 * 1024 * 1024,
      logLevel: 'info',
      file: undefined,
    });
  });

  it('reads barwise.yaml from the working folder, with environment defaults substituted', async () => {
    writeFileSync(
      path.join(dir, 'barwise.yaml'),
      `port: \${BW_PORT:4100}\nuploadLimitMb: 2\ndataDir: store\nlogLevel: warn\n`,
    );
    const settings = await load();
    expect(settings).toMatchObject({
      port: 4100,
      uploadLimitBytes: 2 * 1024 * 1024,
      logLevel: 'warn',
    });
    expect(settings.env.BARWISE_DATA_DIR).toBe(path.join(dir, 'store'));
    expect((await load({}, { BW_PORT: '4200' })).port).toBe(4200);
  });

  it('the environment beats the file and a flag beats both', async () => {
    writeFileSync(path.join(dir, 'barwise.yaml'), 'port: 4100\ndataDir: store\n');
    const env = { PORT: '4300', BARWISE_DATA_DIR: '/elsewhere' };
    expect((await load({}, env)).port).toBe(4300);
    expect((await load({}, env)).env.BARWISE_DATA_DIR).toBe('/elsewhere');
    expect((await load({ port: 4400 }, env)).port).toBe(4400);
  });

  it('names the file, line and field of a bad value, and a missing named file', async () => {
    writeFileSync(path.join(dir, 'server.yaml'), 'host: 127.0.0.1\nport: "high"\n');
    await expect(load({ config: 'server.yaml' })).rejects.toThrow(
      /^server\.yaml:2: port: expected number/,
    );
    writeFileSync(path.join(dir, 'server.yaml'), 'prot: 1\n');
    await expect(load({ config: 'server.yaml' })).rejects.toThrow(/unknown field prot/);
    await expect(load({ config: 'absent.yaml' })).rejects.toThrow(
      'no such config file: absent.yaml',
    );
    await expect(load({}, { PORT: '70000' })).rejects.toThrow('PORT: "70000" is not a port number');
  });
});
