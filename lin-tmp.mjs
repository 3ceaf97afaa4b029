import {createProcessor} from './dist/src/index.js'
import {VFile} from 'vfile'
const shape = (size) => ('“a ‘b “c ‘d ’ e” f’ g” '.repeat(6) + '\n').repeat(Math.floor(size / 130))
for (const id of ['unattributed-claim','entity-conflation','name-consistency','unattributed-quote','duplicate-attribution']) {
  const p = createProcessor({preset: 'none', rules: {[id]: 'warn'}})
  const out=[]
  for (const n of [120000, 240000, 480000, 960000]) { let best=1e9; for (let i=0;i<3;i++){ const f=new VFile({value:shape(n)}); const tree=p.parse(f); const s=performance.now(); await p.run(tree,f); best=Math.min(best, performance.now()-s)} out.push(best.toFixed(0)) }
  console.log(id, out.join(' '))
}
