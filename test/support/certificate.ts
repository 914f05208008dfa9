// A throwaway self-signed certificate for the portal's host names, made with openssl for one test
// run, so that the replica can serve https and the production build (https only) runs on it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PORTAL_HOSTS } from '../../utils/portal';

export interface Certificate {
  key: string;
  cert: string;
}

export function throwawayCertificate(): Certificate {
  const dir = mkdtempSync(join(tmpdir(), 'gongju-cert-'));
  try {
    const key = join(dir, 'key.pem');
    const cert = join(dir, 'cert.pem');
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1',
      '-keyout', key, '-out', cert,
      '-subj', `/CN=${PORTAL_HOSTS[0]}`,
      '-addext', `subjectAltName=${PORTAL_HOSTS.map((host) => `DNS:${host}`).join(',')}`,
    ], { stdio: 'ignore' });
    return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
