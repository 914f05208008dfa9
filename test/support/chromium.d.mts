export declare const CHROMIUM: string | undefined;
export declare const PORTAL_HOSTS: string[];
export declare function chromiumArgs(extensionDir: string, replicaPort: number): string[];
