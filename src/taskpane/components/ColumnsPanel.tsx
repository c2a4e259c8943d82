/**
 * 栏目含义: the columns of the recognised tables the vocabulary did not know (read as notes, not
 * checked), each with a choice of role; a choice is saved in the workbook's store and used by every
 * later check, in the pane and in the CLI. Columns taught before are listed so they can be changed back.
 */
import { Caption1, Dropdown, Field, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { TaughtRole } from '../../core/store/document';
import type { TeachableColumn } from '../checker';
import { T } from '../strings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** The roles offered, in the order a clerk thinks of them. */
export const TEACHABLE_ROLES: readonly TaughtRole[] = ['value', 'unit', 'operator', 'score', 'description', 'ignore'];
const UNSET = 'unset';

export interface ColumnsPanelProps {
  columns: readonly TeachableColumn[];
  onTeach(column: TeachableColumn, role: TaughtRole | undefined): void;
}

export function ColumnsPanel({ columns, onTeach }: ColumnsPanelProps) {
  const s = useStyles();
  const name = (role: TaughtRole | undefined) => (role ? (T.columns.roles[role] ?? role) : T.columns.unset);
  return (
    <section className={s.root} aria-label={T.columns.title} data-testid="columns">
      <Text weight="semibold">{T.columns.title}</Text>
      <Caption1>{T.columns.hint}</Caption1>
      {columns.map((c) => (
        <Field key={`${c.sheet}!${c.cell}`} label={T.columns.label(c.heading, c.sheet, c.cell)}>
          <Dropdown
            size="small"
            value={name(c.role)}
            selectedOptions={[c.role ?? UNSET]}
            onOptionSelect={(_, d) => {
              const role = d.optionValue === UNSET || d.optionValue === undefined ? undefined : (d.optionValue as TaughtRole);
              if (role !== c.role) onTeach(c, role);
            }}
          >
            <Option value={UNSET}>{T.columns.unset}</Option>
            {TEACHABLE_ROLES.map((r) => (
              <Option key={r} value={r}>
                {name(r)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      ))}
    </section>
  );
}
