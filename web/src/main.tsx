import { render } from 'preact';
import { App } from './app';
import { loadConfig } from './config';

const root = document.getElementById('app');
if (root) {
  loadConfig().then(
    (config) => render(<App config={config} />, root),
    (error: unknown) => {
      root.innerHTML = '';
      const message = document.createElement('p');
      message.className = 'problem';
      message.setAttribute('role', 'alert');
      message.textContent = `The portal could not start. ${error instanceof Error ? error.message : ''} Reload the page to try again.`;
      const main = document.createElement('main');
      main.append(message);
      root.append(main);
    },
  );
}
