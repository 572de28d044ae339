export { buildScene, layoutEdges, personValue, placeScene, SCENE_DEFAULTS, scenePositions } from './build-scene.js';
export { cursorOrder, stepCursor } from './cursor.js';
export { FADE_FLOOR, FRAME_DEFAULTS, frameAt } from './frame-at.js';
export { type GroupScene, groupScene, groupTieCounts } from './group-scene.js';
export { mergePeriods } from './periods.js';
export type { Frame, FrameOptions, Scene, SceneEdge, SceneNode, SceneOptions } from './types.js';
