import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

/**
 * Renders a kustomization the way `kubectl apply -k` does, for the subset of kustomize that
 * deploy/k8s uses, so the manifests can be checked on a machine without kubectl or a cluster.
 * Anything outside the subset is an error rather than a silent difference from kustomize:
 *
 * - `resources`: YAML files (one or more documents) and directories with a kustomization.yaml;
 * - `patches: [{ path }]`: one strategic-merge patch per file, its target named by the patch's
 *   own apiVersion, kind and metadata.name (kustomize does the same when no `target` is given);
 * - `namespace`, `images` (name, newName, newTag, digest), `replicas` (name, count).
 *
 * The order is kustomize's: resources, then patches, then namespace, replicas and images.
 */

export type Obj = Record<string, unknown>;
export interface K8sObject extends Obj {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> } & Obj;
}

const KUSTOMIZATION_KEYS = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'images', 'replicas', 'patches']);
const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job']);
const SCALABLE = new Set(['Deployment', 'StatefulSet', 'ReplicaSet']);
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'PersistentVolume', 'StorageClass', 'IngressClass', 'PriorityClass', 'CustomResourceDefinition']);

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(where: string, message: string): never {
  throw new Error(`${where}: ${message}`);
}

/** Every document of a YAML file, each a Kubernetes object with apiVersion, kind and name. */
export function parseObjects(text: string, where: string): K8sObject[] {
  const out: K8sObject[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length) fail(where, doc.errors.map((e) => e.message).join('; '));
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) continue;
    if (!isObj(value)) fail(where, 'a document is not a mapping');
    const meta = value.metadata;
    if (typeof value.apiVersion !== 'string' || typeof value.kind !== 'string' || !isObj(meta) || typeof meta.name !== 'string') {
      fail(where, 'every document needs apiVersion, kind and metadata.name');
    }
    out.push(value as K8sObject);
  }
  return out;
}

export const idOf = (o: K8sObject) => `${o.kind}/${o.metadata.name}`;

/**
 * Strategic merge patch keys of the fields deploy/k8s patches (from the Kubernetes API's
 * `x-kubernetes-patch-merge-key`); any other list is replaced whole, as kustomize does.
 */
function mergeKey(fieldPath: string[], kind: string): string | undefined {
  const field = fieldPath.at(-1);
  if (field === 'containers' || field === 'initContainers' || field === 'env' || field === 'volumes' || field === 'volumeMounts' || field === 'imagePullSecrets') {
    return 'name';
  }
  if (field === 'ports') return kind === 'Service' && fieldPath.length === 2 ? 'port' : 'containerPort';
  return undefined;
}

function strategicMerge(base: unknown, patch: unknown, fieldPath: string[], kind: string, where: string): unknown {
  if (isObj(patch)) {
    for (const key of Object.keys(patch)) if (key.startsWith('$')) fail(where, `patch directive ${key} is outside the supported subset`);
    if (!isObj(base)) return structuredClone(patch);
    const out: Obj = { ...base };
    for (const [key, value] of Object.entries(patch)) {
      if (value === null) delete out[key];
      else out[key] = strategicMerge(base[key], value, [...fieldPath, key], kind, where);
    }
    return out;
  }
  if (Array.isArray(patch)) {
    const key = mergeKey(fieldPath, kind);
    if (!key || !Array.isArray(base)) return structuredClone(patch);
    const out = [...base];
    for (const item of patch) {
      if (!isObj(item) || item[key] === undefined) fail(where, `every item of ${fieldPath.join('.')} needs its merge key "${key}"`);
      const at = out.findIndex((b) => isObj(b) && b[key] === item[key]);
      if (at < 0) out.push(structuredClone(item));
      else out[at] = strategicMerge(out[at], item, fieldPath, kind, where);
    }
    return out;
  }
  return patch;
}

/** `name[:tag][@digest]` split the way kustomize's image transformer matches it. */
function splitImage(image: string): { name: string; tag?: string; digest?: string } {
  const [rest, digest] = image.split('@') as [string, string | undefined];
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest };
  return { name: rest, digest };
}

interface ImageRule {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
}

function podSpecOf(o: K8sObject): Obj | undefined {
  const spec = o.spec;
  if (!WORKLOADS.has(o.kind) || !isObj(spec) || !isObj(spec.template)) return undefined;
  const podSpec = spec.template.spec;
  return isObj(podSpec) ? podSpec : undefined;
}

function applyImages(objects: K8sObject[], rules: ImageRule[], where: string): void {
  for (const rule of rules) {
    let used = false;
    for (const o of objects) {
      const podSpec = podSpecOf(o);
      if (!podSpec) continue;
      for (const list of [podSpec.containers, podSpec.initContainers]) {
        if (!Array.isArray(list)) continue;
        for (const c of list) {
          if (!isObj(c) || typeof c.image !== 'string') continue;
          const image = splitImage(c.image);
          if (image.name !== rule.name) continue;
          used = true;
          const name = rule.newName ?? image.name;
          if (rule.digest) c.image = `${name}@${rule.digest}`;
          else {
            const tag = rule.newTag ?? image.tag;
            c.image = `${name}${tag ? `:${tag}` : ''}${rule.newTag === undefined && image.digest ? `@${image.digest}` : ''}`;
          }
        }
      }
    }
    if (!used) fail(where, `images: no container uses image "${rule.name}"`);
  }
}

/** The objects `kubectl apply -k <dir>` would send, in the order of the resources. */
export function render(dir: string): K8sObject[] {
  const file = path.join(dir, 'kustomization.yaml');
  const where = path.relative(process.cwd(), file);
  const docs = parseAllDocuments(readFileSync(file, 'utf8'));
  const k: unknown = docs[0]?.toJS();
  if (docs.length !== 1 || !isObj(k)) fail(where, 'must be one YAML mapping');
  for (const key of Object.keys(k)) if (!KUSTOMIZATION_KEYS.has(key)) fail(where, `field "${key}" is outside the supported subset`);
  if (k.kind !== 'Kustomization') fail(where, 'kind must be Kustomization');

  const objects: K8sObject[] = [];
  for (const entry of (k.resources ?? []) as unknown[]) {
    if (typeof entry !== 'string') fail(where, 'resources must be paths');
    const target = path.resolve(dir, entry);
    const found = statSync(target, { throwIfNoEntry: false });
    if (!found) fail(where, `resource ${entry} does not exist`);
    objects.push(...(found.isDirectory() ? render(target) : parseObjects(readFileSync(target, 'utf8'), path.relative(process.cwd(), target))));
  }
  const seen = new Set<string>();
  for (const o of objects) {
    if (seen.has(idOf(o))) fail(where, `${idOf(o)} is defined twice`);
    seen.add(idOf(o));
  }

  for (const entry of (k.patches ?? []) as unknown[]) {
    if (!isObj(entry) || typeof entry.path !== 'string' || Object.keys(entry).length !== 1) fail(where, 'patches must be { path } entries');
    const patchFile = path.join(dir, entry.path);
    const patches = parseObjects(readFileSync(patchFile, 'utf8'), path.relative(process.cwd(), patchFile));
    if (patches.length !== 1) fail(patchFile, 'one patch per file');
    const patch = patches[0]!;
    const at = objects.findIndex((o) => o.apiVersion === patch.apiVersion && idOf(o) === idOf(patch));
    if (at < 0) fail(patchFile, `patch target ${patch.apiVersion} ${idOf(patch)} not found`);
    objects[at] = strategicMerge(objects[at], patch, [], patch.kind, patchFile) as K8sObject;
  }

  if (k.namespace !== undefined) {
    if (typeof k.namespace !== 'string') fail(where, 'namespace must be a string');
    for (const o of objects) if (!CLUSTER_SCOPED.has(o.kind)) o.metadata = { ...o.metadata, namespace: k.namespace };
  }

  for (const entry of (k.replicas ?? []) as unknown[]) {
    if (!isObj(entry) || typeof entry.name !== 'string' || typeof entry.count !== 'number') fail(where, 'replicas must be { name, count } entries');
    const targets = objects.filter((o) => SCALABLE.has(o.kind) && o.metadata.name === entry.name);
    if (!targets.length) fail(where, `replicas: no workload named ${entry.name}`);
    for (const o of targets) o.spec = { ...(o.spec as Obj), replicas: entry.count };
  }

  const images = (k.images ?? []) as unknown[];
  if (!images.every((i) => isObj(i) && typeof i.name === 'string')) fail(where, 'images must be { name, newName?, newTag?, digest? } entries');
  applyImages(objects, images as ImageRule[], where);

  return objects;
}
