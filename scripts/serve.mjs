// Serves the built dashboard (dist/) on http://127.0.0.1:4173 with `vite preview`: no internet needed.
import { preview } from 'vite';

const port = Number(process.env.PORT ?? 4173);
const server = await preview({ preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
console.log(`\nChina–Russia BRI dashboard: http://127.0.0.1:${port}/  (Ctrl+C to stop)\n`);
const stop = () => server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
