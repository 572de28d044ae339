// The pure part the drawing part uses (one place to import it from).
export {
  buildScene,
  cursorOrder,
  frameAt,
  type GroupScene,
  groupScene,
  groupTieCounts,
  layoutEdges,
  placeScene,
  stepCursor,
} from '../scene/index.js';
