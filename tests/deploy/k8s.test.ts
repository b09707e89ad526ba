import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigMap, PersistentVolumeClaim, Service } from 'kubernetes-models/v1';
import { Deployment, StatefulSet } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { validate as validateConfigMap } from 'kubernetes-models/_schemas/IoK8sApiCoreV1ConfigMap';
import { validate as validatePvc } from 'kubernetes-models/_schemas/IoK8sApiCoreV1PersistentVolumeClaim';
import { validate as validateService } from 'kubernetes-models/_schemas/IoK8sApiCoreV1Service';
import { validate as validateDeployment } from 'kubernetes-models/_schemas/IoK8sApiAppsV1Deployment';
import { validate as validateStatefulSet } from 'kubernetes-models/_schemas/IoK8sApiAppsV1StatefulSet';
import { validate as validateHpa } from 'kubernetes-models/_schemas/IoK8sApiAutoscalingV2HorizontalPodAutoscaler';
import { validate as validatePdb } from 'kubernetes-models/_schemas/IoK8sApiPolicyV1PodDisruptionBudget';
import { validate as validateIngress } from 'kubernetes-models/_schemas/IoK8sApiNetworkingV1Ingress';
import { validate as validateNetworkPolicy } from 'kubernetes-models/_schemas/IoK8sApiNetworkingV1NetworkPolicy';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { env as cmsEnv } from '../../apps/cms/src/env';
import { uploadConfig } from '../../apps/cms/src/lib/uploads';
import { idOf, isObj, parseObjects, render, type K8sObject, type Obj } from './kustomize-subset';

/**
 * Static checks of the Kubernetes manifests in deploy/k8s. Each overlay is rendered as
 * `kubectl apply -k` would (tests/deploy/kustomize-subset.ts), every object is validated against
 * the Kubernetes API schema (kubernetes-models) with unknown fields refused as `kubectl apply
 * --validate=strict` does, and the properties that keep replicas up and consistent are checked.
 * Every check returns the problems it finds, so the last block can show each one catching a
 * broken manifest. No cluster, kubectl or kustomize is needed.
 */

const root = path.resolve(__dirname, '..', '..');
const k8s = path.join(root, 'deploy', 'k8s');
const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8');

const OVERLAYS = [
  { name: 'staging', namespace: 'dsh-staging' },
  { name: 'production', namespace: 'dsh' },
] as const;

const SECRET = 'dsh-secrets';
/** Variables whose value is a secret, or carries one (passwords inside URLs); not REDIS_KEY_PREFIX. */
const SECRET_NAME = /(^|_)KEYS?(_ID)?$|SECRET|PASSWORD|SALT|TOKEN|DATABASE_URL|REDIS_URL|SMTP_URL/;

// ---------------------------------------------------------------------------------------------
// Schema: kubernetes-models' model classes, plus a check for fields the schema does not know.

type Model = { validate(): void };
const MODELS: Record<string, { model: (o: Obj) => Model; schema: (data: unknown) => boolean }> = {
  'v1/ConfigMap': { model: (o) => new ConfigMap(o), schema: validateConfigMap },
  'v1/PersistentVolumeClaim': { model: (o) => new PersistentVolumeClaim(o), schema: validatePvc },
  'v1/Service': { model: (o) => new Service(o), schema: validateService },
  'apps/v1/Deployment': { model: (o) => new Deployment(o), schema: validateDeployment },
  'apps/v1/StatefulSet': { model: (o) => new StatefulSet(o), schema: validateStatefulSet },
  // Its typed constructor requires spec; an object without one must reach validate() to be named.
  'autoscaling/v2/HorizontalPodAutoscaler': { model: (o) => Object.assign(new HorizontalPodAutoscaler(), o), schema: validateHpa },
  'policy/v1/PodDisruptionBudget': { model: (o) => new PodDisruptionBudget(o), schema: validatePdb },
  'networking.k8s.io/v1/Ingress': { model: (o) => new Ingress(o), schema: validateIngress },
  'networking.k8s.io/v1/NetworkPolicy': { model: (o) => new NetworkPolicy(o), schema: validateNetworkPolicy },
};

/**
 * Fields the API schema does not define (a typo such as `initialDelaySecond`). The schemas
 * allow extra properties, and the API server would drop them silently or, with strict field
 * validation, refuse the object. The compiled validator reads every property its schema defines
 * (and every entry of a map), so a property it never read is unknown: the object is wrapped in
 * proxies that record what was read.
 */
function unknownFields(obj: unknown, schema: (data: unknown) => boolean): string[] {
  const read = new Map<Obj | unknown[], Set<PropertyKey>>();
  const proxies = new WeakMap<object, object>();
  const wrap = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const cached = proxies.get(value);
    if (cached) return cached;
    read.set(value as Obj, new Set());
    const proxy = new Proxy(value, {
      get(target, key, receiver) {
        read.get(target as Obj)!.add(key);
        return wrap(Reflect.get(target, key, receiver));
      },
    });
    proxies.set(value, proxy);
    return proxy;
  };
  schema(wrap(obj));
  const found: string[] = [];
  const walk = (value: unknown, at: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}[${i}]`));
    else if (isObj(value)) {
      for (const [key, v] of Object.entries(value)) {
        if (!read.get(value)?.has(key)) found.push(`${at}.${key}`);
        else walk(v, `${at}.${key}`);
      }
    }
  };
  walk(obj, '');
  return found;
}

function schemaProblems(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  for (const o of objects) {
    const entry = MODELS[`${o.apiVersion}/${o.kind}`];
    if (!entry) {
      problems.push(`${idOf(o)}: ${o.apiVersion} ${o.kind} is not a kind these manifests are checked for`);
      continue;
    }
    try {
      entry.model(structuredClone(o)).validate();
    } catch (err) {
      problems.push(`${idOf(o)}: ${(err as Error).message}`);
    }
    for (const field of unknownFields(o, entry.schema)) problems.push(`${idOf(o)}: unknown field ${field}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Helpers over rendered objects.

interface Container extends Obj {
  name: string;
  image?: string;
  ports?: Array<{ name?: string; containerPort: number }>;
  env?: Array<{ name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string; optional?: boolean }; configMapKeyRef?: { name: string; key: string } } }>;
  envFrom?: Array<{ configMapRef?: { name: string }; secretRef?: { name: string } }>;
  resources?: { requests?: Record<string, string | number>; limits?: Record<string, string | number> };
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  startupProbe?: Probe;
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number; allowPrivilegeEscalation?: boolean; readOnlyRootFilesystem?: boolean; privileged?: boolean; capabilities?: { drop?: string[]; add?: string[] } };
  volumeMounts?: Array<{ name: string; mountPath: string }>;
}
interface Probe {
  httpGet?: { path?: string; port: number | string };
}
interface PodSpec extends Obj {
  containers: Container[];
  initContainers?: Container[];
  volumes?: Array<{ name: string; emptyDir?: Obj; persistentVolumeClaim?: { claimName: string } }>;
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number; fsGroup?: number };
}
interface Workload {
  object: K8sObject;
  labels: Record<string, string>;
  pod: PodSpec;
}

const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet']);
const byId = (objects: K8sObject[], kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);
const spec = (o: K8sObject | undefined): Obj => (o && isObj(o.spec) ? o.spec : {});

function workloads(objects: K8sObject[]): Workload[] {
  return objects
    .filter((o) => WORKLOAD_KINDS.has(o.kind))
    .map((o) => {
      const template = spec(o).template as { metadata?: { labels?: Record<string, string> }; spec: PodSpec };
      return { object: o, labels: template.metadata?.labels ?? {}, pod: template.spec };
    });
}

function containersOf(w: Workload): Container[] {
  return [...w.pod.containers, ...(w.pod.initContainers ?? [])];
}

function selects(selector: unknown, labels: Record<string, string>): boolean {
  if (!isObj(selector)) return false;
  const match = (isObj(selector.matchLabels) ? selector.matchLabels : selector) as Record<string, string>;
  if (selector.matchExpressions !== undefined || Object.keys(match).length === 0) return false;
  return Object.entries(match).every(([k, v]) => labels[k] === v);
}

/** The container port a probe or Service targets, by number or by name. */
function resolvePort(c: Container, port: number | string | undefined): number | undefined {
  if (typeof port === 'number') return c.ports?.some((p) => p.containerPort === port) ? port : undefined;
  return c.ports?.find((p) => p.name === port)?.containerPort;
}

const SUFFIX: Record<string, number> = { m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3 };
function quantity(q: string | number | undefined): number {
  if (typeof q === 'number') return q;
  const m = /^(\d+(?:\.\d+)?)(m|k|M|G|Ki|Mi|Gi)?$/.exec(q ?? '');
  if (!m) return Number.NaN;
  return Number(m[1]) * SUFFIX[m[2] ?? '']!;
}

function configData(objects: K8sObject[], name: string): Record<string, string> {
  const cm = byId(objects, 'ConfigMap', name);
  return cm && isObj(cm.data) ? (cm.data as Record<string, string>) : {};
}

/** The environment a container starts with: image ENV, then envFrom ConfigMaps, then env. */
function environment(objects: K8sObject[], c: Container, imageEnv: Record<string, string>, secretValue: (key: string) => string | undefined): Record<string, string> {
  const out: Record<string, string> = { ...imageEnv };
  for (const from of c.envFrom ?? []) if (from.configMapRef) Object.assign(out, configData(objects, from.configMapRef.name));
  for (const e of c.env ?? []) {
    const ref = e.valueFrom?.secretKeyRef;
    const value = e.value ?? (ref ? secretValue(ref.key) : e.valueFrom?.configMapKeyRef ? configData(objects, e.valueFrom.configMapKeyRef.name)[e.valueFrom.configMapKeyRef.key] : undefined);
    if (value !== undefined) out[e.name] = value;
  }
  return out;
}

/** ENV of a Dockerfile's last stage. */
function imageEnv(dockerfile: string): Record<string, string> {
  const text = read(dockerfile).replace(/\\\r?\n/g, ' ');
  const lines = text.split('\n').filter((l) => !/^\s*#/.test(l));
  const last = lines.slice(lines.map((l) => /^\s*FROM\b/i.test(l)).lastIndexOf(true));
  const out: Record<string, string> = {};
  for (const line of last) {
    const m = /^\s*ENV\s+(.*)$/i.exec(line);
    if (!m) continue;
    for (const pair of m[1]!.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=(\S*)/g)) out[pair[1]!] = pair[2]!;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The checks a reviewer cares about. Each returns a list of problems, empty when all is well.

function resourceProblems(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  for (const w of workloads(objects)) {
    for (const c of containersOf(w)) {
      const at = `${idOf(w.object)} container ${c.name}`;
      for (const kind of ['requests', 'limits'] as const) {
        for (const res of ['cpu', 'memory']) {
          const q = c.resources?.[kind]?.[res];
          if (q === undefined) problems.push(`${at}: no ${res} ${kind}`);
          else if (!(quantity(q) > 0)) problems.push(`${at}: ${res} ${kind} "${q}" is not a positive quantity`);
        }
      }
      for (const res of ['cpu', 'memory', 'ephemeral-storage']) {
        const request = c.resources?.requests?.[res];
        const limit = c.resources?.limits?.[res];
        if (request !== undefined && limit !== undefined && quantity(request) > quantity(limit)) problems.push(`${at}: ${res} request ${request} above its limit ${limit}`);
      }
    }
  }
  return problems;
}

/** Which probes of which container must hit which path on which port. */
const PROBES: Record<string, { container: string; port: number; readiness: string; liveness: string; startup?: string }> = {
  'Deployment/web': { container: 'web', port: 3000, readiness: '/api/health', liveness: '/api/health' },
  // /api/health answers 503 without the database: right for readiness, wrong for liveness (an
  // outage of PostgreSQL would restart every CMS pod). Strapi's /_health asks nothing.
  'Deployment/cms': { container: 'cms', port: 1337, readiness: '/api/health', liveness: '/_health', startup: '/_health' },
  'StatefulSet/meilisearch': { container: 'meilisearch', port: 7700, readiness: '/health', liveness: '/health' },
};

function probeProblems(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  for (const w of workloads(objects)) {
    const expected = PROBES[idOf(w.object)];
    if (!expected) {
      problems.push(`${idOf(w.object)}: no expected probes defined for this workload`);
      continue;
    }
    const c = w.pod.containers.find((x) => x.name === expected.container);
    if (!c) {
      problems.push(`${idOf(w.object)}: no container ${expected.container}`);
      continue;
    }
    if (resolvePort(c, expected.port) !== expected.port) problems.push(`${idOf(w.object)}: container does not expose port ${expected.port}`);
    const probes = [
      ['readinessProbe', expected.readiness],
      ['livenessProbe', expected.liveness],
      ...(expected.startup ? [['startupProbe', expected.startup] as const] : []),
    ] as const;
    for (const [probe, wanted] of probes) {
      const get = c[probe]?.httpGet;
      if (!get) {
        problems.push(`${idOf(w.object)}: ${probe} is not an HTTP GET`);
        continue;
      }
      if (get.path !== wanted) problems.push(`${idOf(w.object)}: ${probe} asks ${get.path}, expected ${wanted}`);
      if (resolvePort(c, get.port) !== expected.port) problems.push(`${idOf(w.object)}: ${probe} port ${get.port} is not container port ${expected.port}`);
    }
  }
  return problems;
}

/** Paths each app writes at run time; they must be volumes when the root filesystem is read-only. */
const WRITES: Record<string, string[]> = {
  'Deployment/web': ['/app/apps/web/.next/cache', '/tmp'],
  'Deployment/cms': ['/app/apps/cms/public/uploads', '/tmp'],
  'StatefulSet/meilisearch': ['/meili_data', '/tmp'],
};
/** Next's file-system cache (the fallback without Redis) writes pages into .next/server. */
const WRITABLE_ROOT_ALLOWED = new Set(['Deployment/web']);

function securityProblems(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  for (const w of workloads(objects)) {
    const id = idOf(w.object);
    const pod = w.pod.securityContext ?? {};
    if (pod.runAsNonRoot !== true) problems.push(`${id}: pod securityContext.runAsNonRoot is not true`);
    // The images name their user ("node"); the kubelet can only enforce runAsNonRoot on a number.
    if (!(typeof pod.runAsUser === 'number' && pod.runAsUser > 0)) problems.push(`${id}: pod securityContext.runAsUser is not a non-zero uid`);
    if (w.pod.automountServiceAccountToken !== false) problems.push(`${id}: mounts a service account token it does not need`);
    for (const c of containersOf(w)) {
      const sc = c.securityContext ?? {};
      const at = `${id} container ${c.name}`;
      if (sc.allowPrivilegeEscalation !== false) problems.push(`${at}: allowPrivilegeEscalation is not false`);
      if (sc.privileged) problems.push(`${at}: privileged`);
      if (!sc.capabilities?.drop?.includes('ALL') || sc.capabilities.add?.length) problems.push(`${at}: capabilities must drop ALL and add none`);
      if (sc.runAsUser === 0) problems.push(`${at}: runs as uid 0`);
      const readOnly = sc.readOnlyRootFilesystem === true;
      if (!readOnly && !WRITABLE_ROOT_ALLOWED.has(id)) problems.push(`${at}: readOnlyRootFilesystem is not true`);
      const mounted = new Set((c.volumeMounts ?? []).map((m) => m.mountPath));
      for (const p of WRITES[id] ?? []) if (!mounted.has(p)) problems.push(`${at}: ${p} is written at run time but is no volume`);
      for (const m of c.volumeMounts ?? []) {
        const declared = w.pod.volumes?.some((v) => v.name === m.name) || ((spec(w.object).volumeClaimTemplates ?? []) as Array<{ metadata?: { name?: string } }>).some((t) => t.metadata?.name === m.name);
        if (!declared) problems.push(`${at}: volumeMount ${m.name} has no volume`);
      }
    }
  }
  return problems;
}

function secretProblems(objects: K8sObject[], exampleKeys: Set<string>): string[] {
  const problems: string[] = [];
  for (const o of objects) {
    if (o.kind === 'Secret') problems.push(`${idOf(o)}: Secrets are created by the operator, not shipped with placeholder values`);
    if (o.kind === 'ConfigMap') {
      for (const [k, v] of Object.entries(configData(objects, o.metadata.name))) {
        if (SECRET_NAME.test(k)) problems.push(`${idOf(o)}: ${k} is a secret and belongs in ${SECRET}`);
        if (/:\/\/[^/@\s]+:[^/@\s]+@/.test(v)) problems.push(`${idOf(o)}: ${k} carries credentials in a URL`);
      }
    }
  }
  for (const w of workloads(objects)) {
    for (const c of containersOf(w)) {
      const at = `${idOf(w.object)} container ${c.name}`;
      for (const e of c.env ?? []) {
        const ref = e.valueFrom?.secretKeyRef;
        if (SECRET_NAME.test(e.name) && !ref) problems.push(`${at}: ${e.name} must come from a secretKeyRef, not ${e.value === undefined ? 'elsewhere' : 'an inline value'}`);
        if (ref && ref.name !== SECRET) problems.push(`${at}: ${e.name} reads Secret ${ref.name}, expected ${SECRET}`);
        if (ref && !exampleKeys.has(ref.key)) problems.push(`${at}: secret key ${ref.key} is not listed in deploy/k8s/secrets.env.example`);
      }
      for (const from of c.envFrom ?? []) {
        if (from.secretRef) problems.push(`${at}: envFrom secretRef hands the container every key of ${from.secretRef.name}; name the keys it needs`);
        if (from.configMapRef && !byId(objects, 'ConfigMap', from.configMapRef.name)) problems.push(`${at}: ConfigMap ${from.configMapRef.name} does not exist`);
      }
    }
  }
  return problems;
}

function wiringProblems(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  const ws = workloads(objects);
  const selected = (selector: unknown) => ws.filter((w) => selects(selector, w.labels));

  for (const w of ws) {
    if (!selects(spec(w.object).selector, w.labels)) problems.push(`${idOf(w.object)}: its selector does not match its own pod labels`);
  }
  for (const svc of objects.filter((o) => o.kind === 'Service')) {
    const targets = selected(spec(svc).selector);
    if (targets.length !== 1) {
      problems.push(`${idOf(svc)}: selects ${targets.length} workloads, expected 1`);
      continue;
    }
    const containers = targets[0]!.pod.containers;
    for (const p of (spec(svc).ports ?? []) as Array<{ port: number; targetPort?: number | string }>) {
      if (!containers.some((c) => resolvePort(c, p.targetPort ?? p.port) !== undefined)) problems.push(`${idOf(svc)}: targetPort ${p.targetPort ?? p.port} is no container port`);
    }
  }
  for (const pdb of objects.filter((o) => o.kind === 'PodDisruptionBudget')) {
    const targets = selected(spec(pdb).selector);
    if (targets.length !== 1) problems.push(`${idOf(pdb)}: selects ${targets.length} workloads, expected 1`);
    const { maxUnavailable, minAvailable } = spec(pdb);
    // A budget that allows no disruption blocks every node drain.
    if (maxUnavailable === 0 || maxUnavailable === '0%' || minAvailable === '100%') problems.push(`${idOf(pdb)}: allows no disruption`);
    if (typeof minAvailable === 'number' && targets[0] && typeof spec(targets[0].object).replicas === 'number' && minAvailable >= (spec(targets[0].object).replicas as number)) {
      problems.push(`${idOf(pdb)}: minAvailable ${minAvailable} leaves no pod to evict`);
    }
  }
  for (const name of ['web', 'cms']) {
    const w = ws.find((x) => idOf(x.object) === `Deployment/${name}`);
    if (!w) problems.push(`Deployment/${name} is missing`);
    else if (!objects.some((o) => o.kind === 'PodDisruptionBudget' && selects(spec(o).selector, w.labels))) problems.push(`Deployment/${name}: no PodDisruptionBudget`);
  }

  const hpas = objects.filter((o) => o.kind === 'HorizontalPodAutoscaler');
  const webHpa = hpas.find((h) => {
    const ref = spec(h).scaleTargetRef as { kind?: string; name?: string; apiVersion?: string } | undefined;
    return ref?.kind === 'Deployment' && ref.name === 'web' && ref.apiVersion === 'apps/v1';
  });
  if (!webHpa) problems.push('no HorizontalPodAutoscaler targets apps/v1 Deployment/web');
  for (const h of hpas) {
    const ref = spec(h).scaleTargetRef as { kind: string; name: string };
    const target = byId(objects, ref.kind, ref.name);
    if (!target) {
      problems.push(`${idOf(h)}: target ${ref.kind}/${ref.name} does not exist`);
      continue;
    }
    const { minReplicas, maxReplicas } = spec(h) as { minReplicas?: number; maxReplicas: number };
    if (!(typeof minReplicas === 'number' && minReplicas >= 2)) problems.push(`${idOf(h)}: minReplicas ${minReplicas} is below 2`);
    if (!(maxReplicas > (minReplicas ?? 1))) problems.push(`${idOf(h)}: maxReplicas ${maxReplicas} leaves nothing to scale`);
    // Otherwise every apply resets the replica count the autoscaler chose.
    if (spec(target).replicas !== undefined) problems.push(`${idOf(target)}: sets spec.replicas although ${idOf(h)} scales it`);
    // Utilization is measured against the request; without one the autoscaler cannot scale.
    const w = ws.find((x) => x.object === target);
    for (const metric of (spec(h).metrics ?? []) as Array<{ type: string; resource?: { name: string } }>) {
      if (metric.type !== 'Resource' || !metric.resource) continue;
      for (const c of w?.pod.containers ?? []) if (c.resources?.requests?.[metric.resource.name] === undefined) problems.push(`${idOf(h)}: container ${c.name} has no ${metric.resource.name} request to scale on`);
    }
  }

  for (const np of objects.filter((o) => o.kind === 'NetworkPolicy')) {
    if (selected(spec(np).podSelector).length === 0) problems.push(`${idOf(np)}: selects no pods`);
    for (const rule of (spec(np).ingress ?? []) as Array<{ from?: Array<{ podSelector?: unknown }> }>) {
      for (const peer of rule.from ?? []) if (peer.podSelector !== undefined && selected(peer.podSelector).length === 0) problems.push(`${idOf(np)}: a from.podSelector matches no pods`);
    }
  }

  for (const ing of objects.filter((o) => o.kind === 'Ingress')) {
    if (typeof spec(ing).ingressClassName !== 'string') problems.push(`${idOf(ing)}: no ingressClassName`);
    for (const rule of (spec(ing).rules ?? []) as IngressRule[]) {
      for (const p of rule.http?.paths ?? []) {
        const svc = byId(objects, 'Service', p.backend.service?.name ?? '');
        const port = p.backend.service?.port;
        const ports = (spec(svc).ports ?? []) as Array<{ name?: string; port: number }>;
        if (!svc) problems.push(`${idOf(ing)}: ${rule.host} routes to missing Service ${p.backend.service?.name}`);
        else if (!ports.some((sp) => (port?.name !== undefined && sp.name === port.name) || (port?.number !== undefined && sp.port === port.number))) {
          problems.push(`${idOf(ing)}: ${rule.host} routes to a port Service ${svc.metadata.name} does not have`);
        }
      }
    }
  }
  return problems;
}
interface IngressRule {
  host?: string;
  http?: { paths: Array<{ path?: string; backend: { service?: { name: string; port?: { name?: string; number?: number } } } }> };
}

/** Host names the Ingress routes to a given Service. */
function hostsTo(objects: K8sObject[], service: string): string[] {
  return objects
    .filter((o) => o.kind === 'Ingress')
    .flatMap((o) => (spec(o).rules ?? []) as IngressRule[])
    .filter((r) => r.http?.paths.some((p) => p.backend.service?.name === service))
    .map((r) => r.host ?? '');
}

function routingProblems(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  const web = configData(objects, 'web-config');
  const cms = configData(objects, 'cms-config');
  const host = (url: string | undefined) => {
    try {
      return new URL(url ?? '').host;
    } catch {
      return `(not a URL: ${url})`;
    }
  };
  const serviceHosts = (web.SERVICE_HOSTS ?? '').split(',').map((h) => h.trim()).filter(Boolean);
  const webHosts = hostsTo(objects, 'web').sort();
  const expectedWeb = [host(web.DIGITAL_ORIGIN), ...serviceHosts].sort();
  if (JSON.stringify(webHosts) !== JSON.stringify(expectedWeb)) problems.push(`Ingress routes ${webHosts.join(', ')} to web, but the web app answers ${expectedWeb.join(', ')}`);
  if (!serviceHosts.includes(host(web.SERVICE_ORIGIN))) problems.push(`SERVICE_ORIGIN ${web.SERVICE_ORIGIN} is not one of SERVICE_HOSTS`);
  const cmsHosts = hostsTo(objects, 'cms');
  if (JSON.stringify(cmsHosts) !== JSON.stringify([host(cms.PUBLIC_URL)])) problems.push(`Ingress routes ${cmsHosts.join(', ')} to cms, but PUBLIC_URL is ${cms.PUBLIC_URL}`);
  // Preview links open in the editor's browser: WEB_PUBLIC_URL must be the public site.
  if (cms.WEB_PUBLIC_URL !== web.DIGITAL_ORIGIN) problems.push(`cms WEB_PUBLIC_URL ${cms.WEB_PUBLIC_URL} is not DIGITAL_ORIGIN ${web.DIGITAL_ORIGIN}`);
  for (const [name, url] of Object.entries({ DIGITAL_ORIGIN: web.DIGITAL_ORIGIN, SERVICE_ORIGIN: web.SERVICE_ORIGIN, PUBLIC_URL: cms.PUBLIC_URL })) {
    if (!url?.startsWith('https://')) problems.push(`${name} ${url} is not https`);
  }
  const tlsHosts = new Set(objects.filter((o) => o.kind === 'Ingress').flatMap((o) => ((spec(o).tls ?? []) as Array<{ hosts?: string[] }>).flatMap((t) => t.hosts ?? [])));
  for (const h of [...webHosts, ...cmsHosts]) if (!tlsHosts.has(h)) problems.push(`Ingress: no TLS for ${h}`);
  return problems;
}

/**
 * Uploads must reach every CMS replica: the CMS's own upload config (apps/cms/src/lib/uploads.ts)
 * on the environment the pod gets decides between S3 and the disk, and a disk must be a
 * ReadWriteMany claim. `absent` are Secret keys the operator leaves out.
 */
function uploadProblems(objects: K8sObject[], absent: string[] = []): string[] {
  const w = workloads(objects).find((x) => idOf(x.object) === 'Deployment/cms');
  if (!w) return ['Deployment/cms is missing'];
  let upload: ReturnType<typeof uploadConfig>;
  try {
    upload = uploadConfig(cmsEnv(environment(objects, w.pod.containers[0]!, imageEnv('apps/cms/Dockerfile'), (k) => (absent.includes(k) ? undefined : filled(k)))));
  } catch (err) {
    return [`Deployment/cms: the CMS refuses its environment: ${(err as Error).message}`];
  }
  if ('provider' in upload) return upload.provider === 'aws-s3' ? [] : [`Deployment/cms: unknown upload provider ${upload.provider}`];
  const mount = w.pod.containers[0]?.volumeMounts?.find((m) => m.mountPath === '/app/apps/cms/public/uploads');
  const volume = w.pod.volumes?.find((v) => v.name === mount?.name);
  const claim = byId(objects, 'PersistentVolumeClaim', volume?.persistentVolumeClaim?.claimName ?? '');
  if (!claim) return ['Deployment/cms: uploads on local disk, but public/uploads is no PersistentVolumeClaim the replicas share'];
  if (!((spec(claim).accessModes ?? []) as string[]).includes('ReadWriteMany')) return [`${idOf(claim)}: not ReadWriteMany, so the CMS replicas cannot share it`];
  return [];
}

// ---------------------------------------------------------------------------------------------

const exampleText = read('deploy/k8s/secrets.env.example');
const exampleEntries = [...exampleText.matchAll(/^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/gm)].map((m) => ({ key: m[1]!, value: m[2]! }));
const exampleKeys = new Set(exampleEntries.map((e) => e.key));

/** Values of the right shape for every key of dsh-secrets, as an operator would fill them in. */
const FILLED: Record<string, string> = {
  DATABASE_URL: 'postgres://dsh:0123456789abcdef@db.example.org:5432/dsh?sslmode=require',
  REDIS_URL: 'rediss://:0123456789abcdef@redis.example.org:6380/0',
  SMTP_URL: 'smtp://cms:0123456789abcdef@mail.example.org:587',
  APP_KEYS: '0123456789abcdef0123456789abcdef,fedcba9876543210fedcba9876543210',
};
const filled = (key: string) => FILLED[key] ?? `${key.toLowerCase()}-0123456789abcdef`;

const compose = parse(read('docker-compose.yml')) as { services: Record<string, { environment?: Record<string, unknown>; image?: string }> };

describe.each(OVERLAYS)('deploy/k8s/overlays/$name', ({ name, namespace }) => {
  const objects = render(path.join(k8s, 'overlays', name));
  const deployment = (n: string) => workloads(objects).find((w) => idOf(w.object) === `Deployment/${n}`);

  it('renders the web app, the CMS, Meilisearch and their wiring, and nothing else', () => {
    expect(objects.map(idOf).sort()).toEqual(
      [
        'ConfigMap/cms-config',
        'ConfigMap/web-config',
        'Deployment/cms',
        'Deployment/web',
        'HorizontalPodAutoscaler/web',
        'Ingress/dsh',
        'NetworkPolicy/meilisearch',
        'PodDisruptionBudget/cms',
        'PodDisruptionBudget/web',
        'Service/cms',
        'Service/meilisearch',
        'Service/meilisearch-headless',
        'Service/web',
        'StatefulSet/meilisearch',
      ].sort(),
    );
  });

  it(`puts every object into namespace ${namespace}`, () => {
    const elsewhere = objects.filter((o) => o.metadata.namespace !== namespace).map(idOf);
    expect(elsewhere, 'objects outside the namespace').toEqual([]);
  });

  it('is valid against the Kubernetes API schema, with no unknown field', () => {
    expect(schemaProblems(objects)).toEqual([]);
  });

  it('gives every container CPU and memory requests and limits', () => {
    expect(resourceProblems(objects)).toEqual([]);
  });

  it('probes the health endpoints: web /api/health, CMS /api/health (ready) and /_health (alive)', () => {
    expect(probeProblems(objects)).toEqual([]);
  });

  it('runs every container as non-root without privileges, read-only where the app allows', () => {
    expect(securityProblems(objects)).toEqual([]);
  });

  it('takes every secret from the Secret dsh-secrets by key, none inline', () => {
    expect(secretProblems(objects, exampleKeys)).toEqual([]);
  });

  it('wires Services, PodDisruptionBudgets, the autoscaler, the NetworkPolicy and the Ingress to existing pods', () => {
    expect(wiringProblems(objects)).toEqual([]);
  });

  it('routes exactly the hosts the apps are configured for, all over TLS', () => {
    expect(routingProblems(objects)).toEqual([]);
  });

  it('deploys the images of this repository from a registry, each pinned to a tag', () => {
    const images = workloads(objects).flatMap((w) => containersOf(w).map((c) => c.image ?? ''));
    expect(images.filter((i) => !/^[^:@]+(?::[^:@/]+|@sha256:[0-9a-f]{64})$/.test(i) || i.endsWith(':latest')), 'images without a tag, or :latest').toEqual([]);
    expect(deployment('web')?.pod.containers[0]?.image).toMatch(/^[a-z0-9.-]+\.[a-z]+(:\d+)?\/.+\/web:/);
    expect(deployment('cms')?.pod.containers[0]?.image).toMatch(/^[a-z0-9.-]+\.[a-z]+(:\d+)?\/.+\/cms:/);
    // Meilisearch: the version docker-compose.yml runs and the index settings are tested with.
    const meili = workloads(objects).find((w) => idOf(w.object) === 'StatefulSet/meilisearch');
    expect(meili?.pod.containers[0]?.image).toBe(compose.services.meilisearch?.image);
  });

  it('runs Meilisearch as one StatefulSet pod on its own volume, behind its governing headless Service', () => {
    const sts = byId(objects, 'StatefulSet', 'meilisearch');
    const s = spec(sts) as { replicas?: number; serviceName?: string; volumeClaimTemplates?: Array<{ metadata: { name: string }; spec: { accessModes: string[] } }> };
    expect(s.replicas, 'Meilisearch does not replicate: more than one pod would mean diverging indexes').toBe(1);
    const headless = byId(objects, 'Service', s.serviceName ?? '');
    expect(spec(headless).clusterIP, `${s.serviceName} is headless`).toBe('None');
    const c = workloads(objects).find((w) => w.object === sts)!.pod.containers[0]!;
    const dbPath = c.env?.find((e) => e.name === 'MEILI_DB_PATH')?.value ?? '';
    const dataMount = c.volumeMounts?.find((m) => dbPath.startsWith(`${m.mountPath}/`));
    expect(dataMount, `a volume holds MEILI_DB_PATH ${dbPath}`).toBeDefined();
    expect(s.volumeClaimTemplates?.map((t) => t.metadata.name), 'the data volume is a claim template').toContain(dataMount?.name);
    // The web app and the CMS reach it by the ClusterIP Service's name.
    const port = (spec(byId(objects, 'Service', 'meilisearch')).ports as Array<{ port: number }>)[0]?.port;
    expect(configData(objects, 'web-config').MEILI_URL).toBe(`http://meilisearch:${port}`);
    expect(configData(objects, 'cms-config').MEILI_URL).toBe(`http://meilisearch:${port}`);
    expect(configData(objects, 'web-config').MEILI_INDEX, 'one index for both apps').toBe(configData(objects, 'cms-config').MEILI_INDEX);
  });

  it('uses PostgreSQL and Redis as external services, reached by URLs from the Secret', () => {
    const images = workloads(objects).flatMap((w) => containersOf(w).map((c) => c.image ?? ''));
    expect(images.filter((i) => /postgres|redis|valkey/i.test(i)), 'no in-cluster database or cache').toEqual([]);
    const ref = (app: string, variable: string) => deployment(app)?.pod.containers[0]?.env?.find((e) => e.name === variable)?.valueFrom?.secretKeyRef;
    expect(ref('cms', 'DATABASE_URL')).toEqual({ name: SECRET, key: 'DATABASE_URL' });
    // Required, not optional: the web replicas share one page cache (without it a revalidation
    // from the CMS reaches only the pod the Service picks) and the CMS replicas one login limit.
    expect(ref('web', 'REDIS_URL'), 'web REDIS_URL').toEqual({ name: SECRET, key: 'REDIS_URL' });
    expect(ref('cms', 'REDIS_URL'), 'cms REDIS_URL').toEqual({ name: SECRET, key: 'REDIS_URL' });
  });

  it('keeps CMS uploads where every replica sees them', () => {
    expect(spec(byId(objects, 'Deployment', 'cms')).replicas, 'cms replicas').toBeGreaterThanOrEqual(name === 'production' ? 2 : 1);
    expect(uploadProblems(objects)).toEqual([]);
  });

  it('starts the CMS with an environment its own validation accepts, with every variable docker-compose.yml passes', () => {
    const c = deployment('cms')!.pod.containers[0]!;
    const given = environment(objects, c, imageEnv('apps/cms/Dockerfile'), filled);
    expect(() => cmsEnv(given)).not.toThrow();
    expect(cmsEnv(given).NODE_ENV).toBe('production');
    const missing = Object.keys(compose.services.cms?.environment ?? {}).filter((k) => !(k in given));
    expect(missing, 'variables compose passes to the CMS but Kubernetes does not').toEqual([]);
  });

  describe('web environment', () => {
    afterEach(() => {
      vi.unstubAllEnvs();
      vi.resetModules();
    });

    it('starts the web app with an environment its own validation accepts, with every variable docker-compose.yml passes', async () => {
      const c = deployment('web')!.pod.containers[0]!;
      const given = environment(objects, c, imageEnv('apps/web/Dockerfile'), filled);
      for (const [k, v] of Object.entries(given)) vi.stubEnv(k, v);
      vi.resetModules();
      const { env } = await import('../../apps/web/src/env');
      const parsed = env();
      expect(parsed.SERVICE_HOSTS).toEqual(configData(objects, 'web-config').SERVICE_HOSTS!.split(','));
      expect(parsed.NODE_ENV).toBe('production');
      const missing = Object.keys(compose.services.web?.environment ?? {}).filter((k) => !(k in given));
      expect(missing, 'variables compose passes to the web app but Kubernetes does not').toEqual([]);
    });
  });
});

describe('deploy/k8s/secrets.env.example', () => {
  const used = new Set(
    OVERLAYS.flatMap(({ name }) =>
      workloads(render(path.join(k8s, 'overlays', name))).flatMap((w) => containersOf(w).flatMap((c) => (c.env ?? []).flatMap((e) => (e.valueFrom?.secretKeyRef ? [e.valueFrom.secretKeyRef.key] : [])))),
    ),
  );

  it('lists exactly the keys the manifests read, every value empty', () => {
    expect([...exampleKeys].filter((k) => !used.has(k)), 'listed but never read').toEqual([]);
    expect([...used].filter((k) => !exampleKeys.has(k)), 'read but not listed').toEqual([]);
    expect(exampleEntries.filter((e) => e.value.trim() !== '').map((e) => e.key), 'filled-in values').toEqual([]);
    // So the checks above would catch any of them in a ConfigMap or as an inline value.
    expect([...exampleKeys].filter((k) => !SECRET_NAME.test(k)), 'keys the secret-name pattern misses').toEqual([]);
  });
});

/**
 * Each check on a copy of the production rendering with one mistake a reviewer would reject:
 * the check must name it. Without this block every check above could pass by checking nothing.
 */
describe('the checks catch broken manifests', () => {
  const good = render(path.join(k8s, 'overlays', 'production'));
  type Mutable = { spec: { template: { spec: PodSpec } } } & K8sObject;
  const broken = (mutate: (objects: K8sObject[]) => void) => {
    const copy = structuredClone(good);
    mutate(copy);
    return copy;
  };
  const pod = (objects: K8sObject[], kind: string, n: string) => (byId(objects, kind, n) as Mutable).spec.template.spec;

  it('a container without limits', () => {
    const objects = broken((o) => delete pod(o, 'Deployment', 'web').containers[0]!.resources!.limits);
    expect(resourceProblems(objects)).toEqual(['Deployment/web container web: no cpu limits', 'Deployment/web container web: no memory limits']);
  });

  it('a memory request above its limit', () => {
    const objects = broken((o) => (pod(o, 'Deployment', 'cms').containers[0]!.resources!.requests!.memory = '4Gi'));
    expect(resourceProblems(objects)).toEqual(['Deployment/cms container cms: memory request 4Gi above its limit 2Gi']);
  });

  it('a typo in a field name, and a wrong type', () => {
    const objects = broken((o) => {
      const probe = pod(o, 'Deployment', 'cms').containers[0]!.livenessProbe as Obj;
      probe.initialDelaySecond = 10;
      (byId(o, 'Service', 'web') as Obj).specs = {};
      (spec(byId(o, 'HorizontalPodAutoscaler', 'web')) as Obj).maxReplicas = 'ten';
    });
    const problems = schemaProblems(objects);
    expect(problems).toContain('Deployment/cms: unknown field .spec.template.spec.containers[0].livenessProbe.initialDelaySecond');
    expect(problems).toContain('Service/web: unknown field .specs');
    expect(problems.some((p) => p.startsWith('HorizontalPodAutoscaler/web:') && p.includes('maxReplicas must be integer')), problems.join('\n')).toBe(true);
  });

  it('liveness on the CMS endpoint that fails with the database, and a probe on the wrong port', () => {
    const objects = broken((o) => {
      pod(o, 'Deployment', 'cms').containers[0]!.livenessProbe = { httpGet: { path: '/api/health', port: 'http' } };
      pod(o, 'Deployment', 'web').containers[0]!.readinessProbe = { httpGet: { path: '/api/health', port: 8080 } };
    });
    expect(probeProblems(objects)).toEqual(['Deployment/web: readinessProbe port 8080 is not container port 3000', 'Deployment/cms: livenessProbe asks /api/health, expected /_health']);
  });

  it('a secret written into the Deployment, and one in a ConfigMap', () => {
    const objects = broken((o) => {
      const env = pod(o, 'Deployment', 'web').containers[0]!.env!;
      env.find((e) => e.name === 'REVALIDATE_SECRET')!.valueFrom = undefined;
      env.find((e) => e.name === 'REVALIDATE_SECRET')!.value = 'not-so-secret-0123456789';
      (byId(o, 'ConfigMap', 'cms-config')!.data as Obj).DATABASE_URL = 'postgres://dsh:pw@db:5432/dsh';
    });
    expect(secretProblems(objects, exampleKeys)).toEqual([
      'ConfigMap/cms-config: DATABASE_URL is a secret and belongs in dsh-secrets',
      'ConfigMap/cms-config: DATABASE_URL carries credentials in a URL',
      'Deployment/web container web: REVALIDATE_SECRET must come from a secretKeyRef, not an inline value',
    ]);
  });

  it('a root container with a writable root filesystem and no uploads volume', () => {
    const objects = broken((o) => {
      const p = pod(o, 'Deployment', 'cms');
      p.securityContext = { runAsNonRoot: false, runAsUser: 0 };
      p.containers[0]!.securityContext!.readOnlyRootFilesystem = false;
      p.containers[0]!.volumeMounts = p.containers[0]!.volumeMounts!.filter((m) => m.name !== 'uploads');
    });
    expect(securityProblems(objects)).toEqual([
      'Deployment/cms: pod securityContext.runAsNonRoot is not true',
      'Deployment/cms: pod securityContext.runAsUser is not a non-zero uid',
      'Deployment/cms container cms: readOnlyRootFilesystem is not true',
      'Deployment/cms container cms: /app/apps/cms/public/uploads is written at run time but is no volume',
    ]);
  });

  it('a PodDisruptionBudget and a Service that select no pods, an autoscaler fought by spec.replicas', () => {
    const objects = broken((o) => {
      (spec(byId(o, 'PodDisruptionBudget', 'cms')).selector as { matchLabels: Record<string, string> }).matchLabels['app.kubernetes.io/name'] = 'strapi';
      (spec(byId(o, 'Service', 'web')).selector as Record<string, string>)['app.kubernetes.io/name'] = 'next';
      (spec(byId(o, 'Deployment', 'web')) as Obj).replicas = 3;
      (spec(byId(o, 'HorizontalPodAutoscaler', 'web')) as Obj).minReplicas = 1;
    });
    expect(wiringProblems(objects)).toEqual([
      'Service/web: selects 0 workloads, expected 1',
      'PodDisruptionBudget/cms: selects 0 workloads, expected 1',
      'Deployment/cms: no PodDisruptionBudget',
      'HorizontalPodAutoscaler/web: minReplicas 1 is below 2',
      'Deployment/web: sets spec.replicas although HorizontalPodAutoscaler/web scales it',
    ]);
  });

  it('uploads on a pod-local disk, and a half-configured S3', () => {
    const withoutS3 = broken((o) => {
      const data = byId(o, 'ConfigMap', 'cms-config')!.data as Record<string, string>;
      delete data.S3_BUCKET;
      delete data.S3_REGION;
    });
    expect(uploadProblems(withoutS3, ['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'])).toEqual([
      'Deployment/cms: uploads on local disk, but public/uploads is no PersistentVolumeClaim the replicas share',
    ]);
    expect(uploadProblems(good, ['S3_SECRET_ACCESS_KEY'])[0]).toMatch(/the CMS refuses its environment: .*S3_SECRET_ACCESS_KEY/s);
  });

  it('an Ingress host the web app does not answer', () => {
    const objects = broken((o) => ((spec(byId(o, 'Ingress', 'dsh')).rules as IngressRule[])[1]!.host = 'services.example.org'));
    expect(routingProblems(objects)).toEqual([
      'Ingress routes digital.example.org, services.example.org to web, but the web app answers digital.example.org, service.example.org',
      'Ingress: no TLS for services.example.org',
    ]);
  });
});

/** kubectl's built-in kustomize, where one is installed; none is needed for the checks above. */
const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8', timeout: 30_000 }).status === 0;
const sortedKeys = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(sortedKeys) : isObj(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortedKeys(v[k])])) : v;

describe('kustomize subset', () => {
  // A cross-check only where kubectl exists; the subset renderer and every other check run everywhere.
  it.skipIf(!kubectl).each(OVERLAYS)('renders overlays/$name exactly as `kubectl kustomize` does', ({ name }) => {
    const dir = path.join(k8s, 'overlays', name);
    const real = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8', timeout: 60_000 });
    expect(real.status, real.stderr).toBe(0);
    const byName = (a: K8sObject, b: K8sObject) => idOf(a).localeCompare(idOf(b));
    expect(sortedKeys(render(dir).sort(byName))).toEqual(sortedKeys(parseObjects(real.stdout, `kubectl kustomize ${name}`).sort(byName)));
  });

  const dir = mkdtempSync(path.join(tmpdir(), 'k8s-render-'));
  afterEach(() => rmSync(path.join(dir, 'o'), { recursive: true, force: true }));
  const overlay = (kustomization: string, files: Record<string, string> = {}) => {
    mkdirSync(path.join(dir, 'o'), { recursive: true });
    writeFileSync(path.join(dir, 'o', 'kustomization.yaml'), kustomization);
    for (const [f, text] of Object.entries(files)) writeFileSync(path.join(dir, 'o', f), text);
    return path.join(dir, 'o');
  };
  const base = path.relative(path.join(dir, 'o'), path.join(k8s, 'base'));

  it('merges a patch into the base by container name and keeps what it does not mention', () => {
    const objects = render(
      overlay(`kind: Kustomization\nresources: [${base}]\npatches:\n  - path: p.yaml\n`, {
        'p.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          resources: { limits: { memory: 2Gi } }\n',
      }),
    );
    const c = pod(objects, 'web').containers[0]!;
    expect(c.resources?.limits?.memory).toBe('2Gi');
    expect(c.resources?.limits?.cpu, 'kept from the base').toBe('1');
    expect(c.readinessProbe?.httpGet?.path, 'kept from the base').toBe('/api/health');
  });

  it('renders the uploads-without-S3 variant of the README into manifests that pass the checks', () => {
    const objects = render(
      overlay(`kind: Kustomization\nresources: [${base}, pvc.yaml]\nreplicas: [{ name: cms, count: 2 }]\npatches:\n  - path: config.yaml\n  - path: cms.yaml\n`, {
        'pvc.yaml': 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: { name: cms-uploads }\nspec:\n  accessModes: [ReadWriteMany]\n  resources: { requests: { storage: 20Gi } }\n',
        'config.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: cms-config }\ndata:\n  S3_BUCKET: null\n  S3_REGION: null\n',
        'cms.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: cms }\nspec:\n  template:\n    spec:\n      volumes:\n        - name: uploads\n          emptyDir: null\n          persistentVolumeClaim: { claimName: cms-uploads }\n',
      }),
    );
    expect(configData(objects, 'cms-config').S3_BUCKET).toBeUndefined();
    expect(schemaProblems(objects)).toEqual([]);
    expect(uploadProblems(objects, ['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'])).toEqual([]);
    expect(securityProblems(objects)).toEqual([]);
  });

  it('refuses what it does not implement instead of rendering something else than kustomize', () => {
    expect(() => render(overlay(`kind: Kustomization\nresources: [${base}]\nnamePrefix: x-\n`))).toThrow(/namePrefix.*outside the supported subset/);
    expect(() =>
      render(overlay(`kind: Kustomization\nresources: [${base}]\npatches:\n  - path: p.yaml\n`, { 'p.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: webb }\n' })),
    ).toThrow(/patch target apps\/v1 Deployment\/webb not found/);
    expect(() => render(overlay(`kind: Kustomization\nresources: [${base}]\nimages:\n  - { name: dsh-webb, newTag: '1' }\n`))).toThrow(/no container uses image "dsh-webb"/);
  });

  function pod(objects: K8sObject[], n: string) {
    return (spec(byId(objects, 'Deployment', n)).template as { spec: PodSpec }).spec;
  }
});
