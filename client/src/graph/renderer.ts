import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { GraphInstance } from './libraries.ts';
import { Graph } from './libraries.ts';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import { noEmphasis, reduceEdge, reduceNode, type Emphasis } from './reducers.ts';
import type { DrawnEdgeAttributes, DrawnNodeAttributes, Point } from './types.ts';
import type { VisualGraph } from './visual.ts';

export type DrawnGraph = GraphInstance<DrawnNodeAttributes, DrawnEdgeAttributes>;

export interface RendererEvents {
  clickNode(key: string): void;
  clickEdge(key: string): void;
  clickStage(): void;
  hoverNode(key: string | null): void;
  doubleClickNode(key: string): void;
  dragNode(key: string, to: Point): void;
  zoom(ratio: number): void;
}

export interface Renderer {
  sigma: Sigma<DrawnNodeAttributes, DrawnEdgeAttributes>;
  graph: DrawnGraph;
  setGraph(visual: VisualGraph, opts?: { edgeLabels?: boolean }): void;
  setEmphasis(e: Emphasis): void;
  positions(): Map<string, Point>;
  /** Moves the camera to a node, centred in the visible part of the canvas (`visible`: its uncovered width and height from the top left). */
  focusNode(key: string, visible: { width: number; height: number }): void;
}

/** Above this many drawn edges, edges are hidden while the camera moves, so panning stays smooth. */
const hideEdgesOnMoveAbove = 2000;

/** sigma over one graphology graph, which holds only what is drawn; UI state reaches the drawing through the reducers. */
export function createRenderer(container: HTMLElement, initial: VisualGraph, events: RendererEvents): Renderer {
  const graph: DrawnGraph = new Graph<DrawnNodeAttributes, DrawnEdgeAttributes>({
    type: 'directed',
    multi: true,
    allowSelfLoops: true,
  });
  graph.import(initial as never);
  let emphasis: Emphasis = noEmphasis;
  const sigma = new Sigma<DrawnNodeAttributes, DrawnEdgeAttributes>(graph, container, {
    defaultEdgeType: 'line',
    edgeProgramClasses: {
      line: EdgeRectangleProgram,
      arrow: EdgeArrowProgram,
      curved: EdgeCurveProgram,
      curvedArrow: EdgeCurvedArrowProgram,
    },
    enableEdgeEvents: true,
    hideEdgesOnMove: initial.edges.length > hideEdgesOnMoveAbove,
    zIndex: true,
    labelFont: 'system-ui, sans-serif',
    labelSize: 12,
    labelRenderedSizeThreshold: 7,
    labelDensity: 0.35,
    edgeLabelSize: 10,
    edgeLabelColor: { color: '#39424e' },
    minCameraRatio: 0.02,
    maxCameraRatio: 5,
    nodeReducer: (key, data) => reduceNode(key, data, emphasis),
    edgeReducer: (key, data) => reduceEdge(key, data, emphasis),
  });

  let dragged: string | null = null;
  sigma.on('clickNode', ({ node }) => events.clickNode(node));
  sigma.on('clickEdge', ({ edge }) => events.clickEdge(edge));
  sigma.on('clickStage', () => events.clickStage());
  sigma.on('enterNode', ({ node }) => events.hoverNode(node));
  sigma.on('leaveNode', () => events.hoverNode(null));
  sigma.on('doubleClickNode', (e) => {
    e.preventSigmaDefault();
    events.doubleClickNode(e.node);
  });
  sigma.on('downNode', ({ node }) => {
    dragged = node;
  });
  sigma.getMouseCaptor().on('mousemovebody', (e) => {
    if (!dragged) return;
    const p = sigma.viewportToGraph(e);
    events.dragNode(dragged, p);
    e.preventSigmaDefault();
    e.original.preventDefault();
    e.original.stopPropagation();
  });
  sigma.getMouseCaptor().on('mouseup', () => {
    dragged = null;
  });
  sigma.getCamera().on('updated', (s) => events.zoom(s.ratio));
  // sigma follows window resizes only; the container also changes when a bottom sheet opens on a phone.
  new ResizeObserver(() => {
    sigma.resize();
    sigma.refresh({ skipIndexation: true });
  }).observe(container);

  return {
    sigma,
    graph,
    setGraph(visual, opts = {}) {
      graph.clear();
      graph.import(visual as never);
      sigma.setSetting('hideEdgesOnMove', visual.edges.length > hideEdgesOnMoveAbove);
      if (sigma.getSetting('renderEdgeLabels') !== Boolean(opts.edgeLabels))
        sigma.setSetting('renderEdgeLabels', Boolean(opts.edgeLabels));
    },
    setEmphasis(e) {
      // Nothing singled out before or after: no need to run the reducers over the whole graph again.
      if (
        e.nodes === null &&
        e.edges === null &&
        e.pathEdges.size === 0 &&
        e.strong.size === 0 &&
        emphasis === noEmphasis
      )
        return;
      emphasis = e.nodes === null && e.edges === null && e.pathEdges.size === 0 && e.strong.size === 0 ? noEmphasis : e;
      sigma.refresh({ skipIndexation: true });
    },
    positions: () => new Map(graph.mapNodes((key, a) => [key, { x: a.x, y: a.y }] as const)),
    focusNode(key, visible) {
      const d = graph.hasNode(key) ? sigma.getNodeDisplayData(key) : undefined;
      if (!d) return;
      sigma.resize(); // the container may have just changed (a bottom sheet opened) before sigma's observer ran
      const camera = sigma.getCamera();
      const ratio = Math.min(camera.ratio, 0.5);
      const { width, height } = sigma.getDimensions();
      // Centre the node in the part of the canvas the side panel leaves uncovered, not under the panel.
      const target = sigma.viewportToFramedGraph(
        {
          x: width / 2 + (width - Math.min(width, visible.width)) / 2,
          y: height / 2 + (height - Math.min(height, visible.height)) / 2,
        },
        { cameraState: { x: d.x, y: d.y, ratio, angle: 0 } },
      );
      void camera.animate({ x: target.x, y: target.y, ratio }, { duration: 400 });
    },
  };
}
