// Runs before every npm script: the project needs the Node 24 that `npm install` puts into
// node_modules/.bin. Written in syntax any Node can parse, so that an old Node gets this
// message instead of a stack trace from a dependency.
var major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    'Ticketflow needs Node.js 24 or later; this is Node ' + process.versions.node + '.\n' +
    'Run `npm install` first: it installs Node 24 into node_modules/.bin, which npm scripts use.\n' +
    'Then run the command again through npm (npm start, npm test, npm run synth).'
  );
  process.exit(1);
}
