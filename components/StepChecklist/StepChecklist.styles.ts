import { makeStyles, shorthands, tokens } from '@fluentui/react-components';

export const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  progress: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  bar: { flex: '1 1 160px', maxWidth: '320px' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  step: {
    display: 'grid',
    gridTemplateColumns: '28px 1fr auto',
    alignItems: 'start',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // Done steps stay fully readable (a reader may come back to them); the number turns into a success mark.
  stepDone: { backgroundColor: tokens.colorNeutralBackground2, ...shorthands.borderColor(tokens.colorPaletteGreenBorder2) },
  number: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '28px',
    height: '28px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontWeight: tokens.fontWeightSemibold,
  },
  numberDone: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  content: { minWidth: 0, paddingTop: tokens.spacingVerticalXXS },
  check: { marginTop: `calc(-1 * ${tokens.spacingVerticalXS})` },
});
