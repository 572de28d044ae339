// The pure part the drawing part uses (one place to import it from).
export { buildScene, frameAt, type GroupScene, groupScene, groupTieCounts, layoutEdges, placeScene } from '../scene/index.js';
