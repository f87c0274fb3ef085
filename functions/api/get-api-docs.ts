import { publicRoute } from '../shared/http';

// A self-contained page (no CDN: it must work offline and under a strict CSP) that reads the
// OpenAPI document next to it and lists every operation with its parameters and schemas.
const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ticketflow API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2330}
h1{margin-bottom:.2rem}.op{border:1px solid #d6dae3;border-radius:6px;margin:1rem 0;padding:.6rem 1rem}
.m{display:inline-block;min-width:4.5rem;font-weight:700;text-transform:uppercase}.get{color:#1a7f37}.post{color:#0550ae}.put,.patch{color:#9a6700}
code,pre{font:13px ui-monospace,monospace}pre{background:#f6f8fa;padding:.6rem;overflow:auto;border-radius:4px}.tag{font-size:12px;color:#57606a}
</style></head><body><h1>Ticketflow API</h1><p id="about">Loading the OpenAPI document...</p><div id="ops"></div>
<script>
const text = (tag, content, cls) => { const el = document.createElement(tag); el.textContent = content; if (cls) el.className = cls; return el; };
fetch('openapi.json').then((r) => r.json()).then((doc) => {
  document.getElementById('about').textContent = doc.info.description + ' OpenAPI ' + doc.openapi + ': ';
  const link = text('a', 'openapi.json'); link.href = 'openapi.json'; document.getElementById('about').append(link);
  const ops = document.getElementById('ops');
  for (const [path, methods] of Object.entries(doc.paths)) for (const [method, op] of Object.entries(methods)) {
    const box = text('div', '', 'op');
    const head = text('div', ''); head.append(text('span', method, 'm ' + method), text('code', path));
    box.append(head, text('div', op.summary + (op.security && op.security.length === 0 ? ' (no token)' : ''), ''));
    if (op.description) box.append(text('div', op.description, 'tag'));
    for (const p of op.parameters || []) box.append(text('div', p.in + ' ' + p.name + (p.required ? ' (required)' : '') + ': ' + JSON.stringify(p.schema), 'tag'));
    if (op.requestBody) box.append(text('pre', JSON.stringify(op.requestBody.content['application/json'].schema, null, 2)));
    box.append(text('div', 'Responses: ' + Object.keys(op.responses).join(', '), 'tag'));
    ops.append(box);
  }
}).catch((e) => { document.getElementById('about').textContent = 'Could not load openapi.json: ' + e; });
</script></body></html>`;

/** GET /v1/docs: the OpenAPI document rendered for people. */
export const handler = publicRoute(async () => ({ statusCode: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: page }));
