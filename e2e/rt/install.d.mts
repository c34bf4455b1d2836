// Types for install.mjs, which stays plain JavaScript so it runs with `node` alone.
export declare const RT_LIBEXEC: string;
export declare const RT_SERVER: string;
export declare const RT_MAILGATE: string;
export declare const RT_SETUP_DATABASE: string;
export declare const RT_PACKAGES: readonly string[];
export declare function requestTrackerInstalled(): boolean;
export declare function ensureRequestTracker(): Promise<void>;
