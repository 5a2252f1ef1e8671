// The one module that imports @react-pdf/renderer: every report page and chart takes it from here.
// (ESLint's "core must not import renderer/" pattern also matches this package's name, hence the one exception.)

/* eslint-disable no-restricted-imports -- the PDF library, not the app's renderer/ folder */
export {
  Document,
  Font,
  G,
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
