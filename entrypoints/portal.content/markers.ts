// Which page element each finding points at: one marker per element, with every rule behind it.
import type { Finding, Severity } from '../../rules/types';

export interface FieldLocation {
  path: string;
  element: Element;
  material?: string;
}

export interface MarkerModel {
  /** Stable across re-checks while the element stays the same. */
  key: string;
  element: Element;
  /** Case path of the element, or 'attachments' for an attachment row. */
  field: string;
  material?: string;
  rules: string[];
  severity: Severity;
  findings: Finding[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function worstSeverity(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}

/** Index of the reader's field locations for finding the element behind a case path. */
export class LocationIndex {
  private readonly byPath = new Map<string, FieldLocation>();
  /** The first location below each path that has any (`applicant.workHistory` → its first row field). */
  private readonly byAncestor = new Map<string, FieldLocation>();
  private readonly byMaterial = new Map<string, FieldLocation>();

  constructor(locations: readonly FieldLocation[]) {
    for (const location of locations) {
      if (location.material) {
        if (!this.byMaterial.has(location.material)) this.byMaterial.set(location.material, location);
        continue;
      }
      const path = location.path;
      if (!this.byPath.has(path)) this.byPath.set(path, location);
      for (let end = 0; end < path.length; end++) {
        const char = path[end];
        if (char !== '.' && char !== '[') continue;
        const ancestor = path.slice(0, end);
        if (!this.byAncestor.has(ancestor)) this.byAncestor.set(ancestor, location);
      }
    }
  }

  /** The element of a path, else the first element below it (`applicant.workHistory` → its first row field). */
  locate(path: string): FieldLocation | undefined {
    return this.byPath.get(path) ?? this.byAncestor.get(path);
  }

  locateMaterial(material: string): FieldLocation | undefined {
    return this.byMaterial.get(material);
  }
}

/** Groups findings onto the elements they point at; findings that point nowhere on the page are left out. */
export function buildMarkers(findings: readonly Finding[], index: LocationIndex): MarkerModel[] {
  const byElement = new Map<Element, MarkerModel>();
  const order: MarkerModel[] = [];
  for (const finding of findings) {
    const targets: FieldLocation[] = [];
    if (finding.material) {
      const row = index.locateMaterial(finding.material);
      if (row) targets.push(row);
    } else {
      for (const field of finding.fields) {
        const location = index.locate(field);
        if (location && !targets.includes(location)) targets.push(location);
      }
    }
    for (const target of targets) {
      let marker = byElement.get(target.element);
      if (!marker) {
        marker = {
          key: target.material ? `material:${target.material}` : `field:${target.path}`,
          element: target.element,
          field: target.material ? 'attachments' : target.path,
          ...(target.material && { material: target.material }),
          rules: [],
          severity: finding.severity,
          findings: [],
        };
        byElement.set(target.element, marker);
        order.push(marker);
      }
      if (!marker.rules.includes(finding.rule)) marker.rules.push(finding.rule);
      marker.severity = worstSeverity(marker.severity, finding.severity);
      marker.findings.push(finding);
    }
  }
  return order;
}
