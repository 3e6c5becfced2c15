import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import './print.css';
import './embed.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { startUrlSync } from './state/url-sync';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The URL is read before the first render so the map is created where the link points.
startUrlSync();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
