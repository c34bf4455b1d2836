/** Types for server.mjs, so TypeScript specs get a checked API instead of `any`. */
export interface DemoServer {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:41549/ */
  url: string;
  port: number;
  /** Drops open (keep-alive) connections, then stops listening. */
  close(): Promise<void>;
}

export function startDemoServer(options?: { port?: number; host?: string; root?: string }): Promise<DemoServer>;
