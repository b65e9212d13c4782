// Scores person/organisation mentions against corpus/gold/entities.json:
// mention precision/recall/F1 (exact span and type) and B-cubed F1 of the clustering (corpus-wide
// entity ids; a mention missing on one side counts as a singleton there).
/**
 * @param {Array<{file: string, mentions: Array<{start:number,end:number,type:string,entity:string}>}>} gold
 * @param {Map<string, Array<{start:number,end:number,type:string,entityId?:string,text:string}>>} predicted by file
 */
export function scoreEntities(gold, predicted) {
  let tp = 0, fp = 0, fn = 0;
  const errors = [];
  const goldCluster = new Map(); // mention id → entity
  const predCluster = new Map();
  for (const d of gold) {
    const pred = predicted.get(d.file) ?? [];
    const g = new Map(d.mentions.map((m) => [`${m.start}:${m.end}:${m.type}`, m]));
    const p = new Map(pred.map((m) => [`${m.start}:${m.end}:${m.type}`, m]));
    for (const [k, m] of g) {
      goldCluster.set(`${d.file}:${k}`, m.entity);
      if (p.has(k)) tp++;
      else { fn++; errors.push({ file: d.file, kind: 'missed', start: m.start, end: m.end, text: m.text, type: m.type }); }
    }
    for (const [k, m] of p) {
      predCluster.set(`${d.file}:${k}`, m.entityId ?? `${d.file}:${k}`);
      if (!g.has(k)) { fp++; errors.push({ file: d.file, kind: 'spurious', start: m.start, end: m.end, text: m.text, type: m.type }); }
    }
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  // B-cubed over the union of mentions
  const ids = new Set([...goldCluster.keys(), ...predCluster.keys()]);
  const gOf = (id) => goldCluster.get(id) ?? `solo:${id}`;
  const pOf = (id) => predCluster.get(id) ?? `solo:${id}`;
  const gMembers = new Map();
  const pMembers = new Map();
  for (const id of ids) {
    (gMembers.get(gOf(id)) ?? gMembers.set(gOf(id), new Set()).get(gOf(id))).add(id);
    (pMembers.get(pOf(id)) ?? pMembers.set(pOf(id), new Set()).get(pOf(id))).add(id);
  }
  let bp = 0, br = 0;
  for (const id of ids) {
    const G = gMembers.get(gOf(id));
    const P = pMembers.get(pOf(id));
    let inter = 0;
    for (const x of P) if (G.has(x)) inter++;
    bp += inter / P.size;
    br += inter / G.size;
  }
  bp /= ids.size;
  br /= ids.size;
  const b3 = (2 * bp * br) / Math.max(1e-9, bp + br);
  return { tp, fp, fn, precision, recall, f1, b3Precision: bp, b3Recall: br, b3F1: b3, errors };
}
