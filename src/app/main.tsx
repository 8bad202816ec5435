import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { bootstrap } from './bootstrap';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const services = bootstrap(window);
// In a transition React builds the first render in slices, yielding between components, instead of one long task
// while the data files download; index.html's shell stays on screen until it is committed.
startTransition(() => createRoot(root).render(<App {...services} />));
