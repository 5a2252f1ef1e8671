// The one module that imports @react-pdf/renderer: every report page and chart takes it from here.

export {
  Document,
  Font,
  Line,
  Page,
  Path,
  Rect,
  StyleSheet,
  Svg,
  Text,
  View,
  pdf,
} from '@react-pdf/renderer';
export type { Styles } from '@react-pdf/renderer';
