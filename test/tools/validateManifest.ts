/**
 * Offline check of manifest.xml (`npm run validate`). Microsoft's validator is an online service
 * and the XSDs are not published to the npm registry, so this checks what the XSD and the store
 * rules would: well-formed XML, the top-level element order, GUID and version formats, https URLs,
 * every resid defined, string lengths, en-US overrides, ExcelApi 1.7, one task pane, function
 * commands only with a shared runtime (and a function file only for them),
 * and icon files that exist with the declared pixel sizes.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { SaxesParser } from 'saxes';

interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

export function parseXml(xml: string): Node {
  const parser = new SaxesParser({ xmlns: false });
  const root: Node = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: Node[] = [root];
  parser.on('opentag', (tag) => {
    const node: Node = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [], text: '' };
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  });
  parser.on('text', (t) => {
    stack[stack.length - 1]!.text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  return root.children[0]!;
}

function all(node: Node, pred: (n: Node) => boolean, out: Node[] = []): Node[] {
  if (pred(node)) out.push(node);
  for (const c of node.children) all(c, pred, out);
  return out;
}

const TOP_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'AllowSnapshot',
  'VersionOverrides',
];

function pngSize(path: string): number | undefined {
  const b = readFileSync(path);
  if (b.length < 24 || b.readUInt32BE(0) !== 0x89504e47) return undefined;
  const w = b.readUInt32BE(16);
  const h = b.readUInt32BE(20);
  return w === h ? w : undefined;
}

export function validateManifest(xml: string, root: string): string[] {
  const problems: string[] = [];
  let doc: Node;
  try {
    doc = parseXml(xml);
  } catch (e) {
    return [`XML is not well formed: ${(e as Error).message}`];
  }
  if (doc.name !== 'OfficeApp') problems.push('root element must be OfficeApp');
  if (doc.attrs['xsi:type'] !== 'TaskPaneApp') problems.push('OfficeApp xsi:type must be TaskPaneApp');

  const top = doc.children.map((c) => c.name);
  let last = -1;
  for (const name of top) {
    const i = TOP_ORDER.indexOf(name);
    if (i < 0) problems.push(`unexpected top-level element ${name}`);
    else if (i < last) problems.push(`element ${name} is out of the schema's order`);
    else last = i;
  }
  for (const required of ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions']) {
    if (!top.includes(required)) problems.push(`missing required element ${required}`);
  }
  const child = (name: string) => doc.children.find((c) => c.name === name);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(child('Id')?.text.trim() ?? '')) problems.push('Id must be a GUID');
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(child('Version')?.text.trim() ?? '')) problems.push('Version must look like 1.0.0.0');
  if (child('DefaultLocale')?.text.trim() !== 'zh-CN') problems.push('DefaultLocale must be zh-CN');
  if (child('Permissions')?.text.trim() !== 'ReadWriteDocument') problems.push('Permissions must be ReadWriteDocument');

  const hosts = all(child('Hosts') ?? doc, (n) => n.name === 'Host').map((h) => h.attrs.Name);
  if (hosts.join() !== 'Workbook') problems.push('the add-in must declare exactly the Workbook host');
  const sets = all(child('Requirements') ?? doc, (n) => n.name === 'Set');
  const excel = sets.find((s) => s.attrs.Name === 'ExcelApi');
  if (excel?.attrs.MinVersion !== '1.7') problems.push('Requirements must declare ExcelApi MinVersion 1.7 (newer sets are feature-detected)');

  // Lengths and locales of the display strings.
  for (const [name, max] of [
    ['DisplayName', 125],
    ['Description', 250],
  ] as const) {
    const n = child(name);
    if ((n?.attrs.DefaultValue ?? '').length > max) problems.push(`${name} is longer than ${max} characters`);
    if (!n?.children.some((o) => o.name === 'Override' && o.attrs.Locale === 'en-US')) problems.push(`${name} has no en-US override`);
  }

  // Every URL is https.
  for (const n of all(doc, (x) => x.attrs.DefaultValue !== undefined && /Url|Image|SourceLocation/.test(x.name))) {
    if (!n.attrs.DefaultValue!.startsWith('https://')) problems.push(`${n.name} ${n.attrs.DefaultValue} must use https`);
  }
  for (const d of all(doc, (x) => x.name === 'AppDomain')) if (!d.text.trim().startsWith('https://')) problems.push('AppDomain must use https');

  // Resources: defined once, referenced ids exist, lengths, en-US overrides.
  const resources = all(doc, (x) => x.name === 'Resources')[0];
  const defined = new Map<string, Node>();
  for (const r of resources ? all(resources, (x) => x.attrs.id !== undefined) : []) {
    if (defined.has(r.attrs.id!)) problems.push(`resource id ${r.attrs.id} is defined twice`);
    if (r.attrs.id!.length > 32) problems.push(`resource id ${r.attrs.id} is longer than 32 characters`);
    defined.set(r.attrs.id!, r);
  }
  for (const ref of all(doc, (x) => x.attrs.resid !== undefined)) {
    if (!defined.has(ref.attrs.resid!)) problems.push(`resid ${ref.attrs.resid} is not defined in Resources`);
  }
  for (const group of resources?.children ?? []) {
    const max = group.name === 'bt:ShortStrings' ? 125 : group.name === 'bt:LongStrings' ? 250 : 2048;
    for (const s of group.children) {
      if ((s.attrs.DefaultValue ?? '').length > max) problems.push(`${s.attrs.id} is longer than ${max} characters`);
      if (/Strings$/.test(group.name) && !s.children.some((o) => o.attrs.Locale === 'en-US')) problems.push(`${s.attrs.id} has no en-US override`);
    }
  }

  // One task pane, shown by every ShowTaskpane button; function commands only with a shared
  // runtime (Excel 2019 has none) and a function file only when a function command uses it.
  const ids = all(doc, (x) => x.name === 'Control' || x.name === 'Group').map((x) => x.attrs.id);
  if (new Set(ids).size !== ids.length) problems.push('control and group ids must be unique');
  const actions = all(doc, (x) => x.name === 'Action');
  const panes = new Set<string>();
  for (const a of actions) {
    const type = a.attrs['xsi:type'];
    if (type === 'ShowTaskpane') {
      const id = a.children.find((c) => c.name === 'TaskpaneId')?.text.trim();
      if (!id) problems.push('a ShowTaskpane action has no TaskpaneId');
      else panes.add(id);
    } else if (type === 'ExecuteFunction') {
      if (!a.children.some((c) => c.name === 'FunctionName' && c.text.trim() !== '')) problems.push('an ExecuteFunction action has no FunctionName');
    } else problems.push(`action ${type} is neither ShowTaskpane nor ExecuteFunction`);
  }
  if (panes.size > 1) problems.push(`buttons open ${panes.size} task panes (${[...panes].join(', ')}); one pane, one TaskpaneId`);
  const functions = actions.some((a) => a.attrs['xsi:type'] === 'ExecuteFunction');
  const functionFile = all(doc, (x) => x.name === 'FunctionFile').length > 0;
  if (functionFile !== functions) problems.push(functions ? 'a function command needs a FunctionFile' : 'a FunctionFile without a function command (no button uses it)');
  const runtimes = all(doc, (x) => x.name === 'Runtimes').length > 0;
  const sharedSet = sets.some((s) => s.attrs.Name === 'SharedRuntime');
  if (runtimes !== sharedSet) problems.push('a shared runtime (Runtimes) and the SharedRuntime requirement go together: Excel 2019 has no shared runtime');
  if (functions && !runtimes) problems.push('a function command without a shared runtime runs in a page of its own, which cannot reach the pane');

  // Icons exist in assets/ with the sizes declared.
  const iconFiles = [
    ...all(doc, (x) => (x.name === 'IconUrl' || x.name === 'HighResolutionIconUrl') && !!x.attrs.DefaultValue),
    ...all(doc, (x) => x.name === 'bt:Image' && x.attrs.id !== undefined),
  ];
  for (const n of iconFiles) {
    const m = /\/assets\/(icon-(\d+)\.png)$/.exec(n.attrs.DefaultValue ?? '');
    if (!m) {
      problems.push(`icon ${n.attrs.DefaultValue} is not served from /assets/`);
      continue;
    }
    const file = join(root, 'assets', m[1]!);
    if (!existsSync(file)) problems.push(`icon file assets/${m[1]} does not exist`);
    else if (pngSize(file) !== Number(m[2])) problems.push(`assets/${m[1]} is not a ${m[2]}×${m[2]} PNG`);
  }
  for (const img of all(doc, (x) => x.name === 'bt:Image' && x.attrs.size !== undefined)) {
    const def = defined.get(img.attrs.resid ?? '');
    const m = /icon-(\d+)\.png$/.exec(def?.attrs.DefaultValue ?? '');
    if (m && m[1] !== img.attrs.size) problems.push(`image ${img.attrs.resid} is declared ${img.attrs.size}px but is ${m[1]}px`);
  }
  return problems;
}

if (require.main === module) {
  const root = join(__dirname, '..', '..');
  const { manifestFor } = require(join(root, 'webpack.config.js')) as { manifestFor: (xml: string, o: { sharedRuntime: boolean }) => string };
  const xml = readFileSync(join(root, 'manifest.xml'), 'utf8');
  for (const [name, text] of [
    ['manifest.xml', xml],
    ['manifest-m365.xml (built)', manifestFor(xml, { sharedRuntime: true })],
  ] as const) {
    const problems = validateManifest(text, root);
    if (problems.length === 0) console.log(`${name}: offline structural check passed (for Microsoft's online validator: npm run validate:online)`);
    for (const p of problems) console.error(`${name}: ${p}`);
    if (problems.length > 0) process.exitCode = 1;
  }
}
