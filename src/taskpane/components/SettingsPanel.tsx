/** Rule profile and thresholds, saved with the workbook. */
import { Button, Caption1, Dropdown, Field, Option, SpinButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Settings } from '../../core/settings';
import { T } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface SettingsPanelProps {
  settings: Settings;
  onChange(s: Settings): void;
  onReset(): void;
  /** 清除: removes the add-in's data from the workbook. */
  onClearStore(): void;
}

export function SettingsPanel({ settings, onChange, onReset, onClearStore }: SettingsPanelProps) {
  const s = useStyles();
  const profiles = T.settings.profiles;
  return (
    <div className={s.root}>
      <Field label={T.settings.profile}>
        <Dropdown
          value={profiles[settings.profile]}
          selectedOptions={[settings.profile]}
          onOptionSelect={(_, d) => d.optionValue && onChange({ ...settings, profile: d.optionValue as Settings['profile'] })}
        >
          {(Object.keys(profiles) as Array<keyof typeof profiles>).map((id) => (
            <Option key={id} value={id}>
              {profiles[id]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={T.settings.floor} hint={T.settings.floorHint}>
        <SpinButton
          min={50}
          max={100}
          value={settings.satisfactionFloor}
          onChange={(_, d) => {
            const v = d.value ?? Number(d.displayValue);
            if (Number.isFinite(v) && v >= 50 && v <= 100) onChange({ ...settings, satisfactionFloor: v });
          }}
        />
      </Field>
      <Field label={T.settings.tolerance} hint={T.settings.toleranceHint}>
        <SpinButton
          min={0}
          max={1}
          step={0.005}
          precision={3}
          value={settings.roundingTolerancePerPart}
          onChange={(_, d) => {
            const v = d.value ?? Number(d.displayValue);
            if (Number.isFinite(v) && v >= 0 && v <= 1) onChange({ ...settings, roundingTolerancePerPart: v });
          }}
        />
      </Field>
      <Caption1>{T.settings.saved}</Caption1>
      <div>
        <Button onClick={onReset}>{T.settings.reset}</Button>
      </div>
      <Field hint={T.settings.clearStoreHint}>
        <div>
          <Button onClick={onClearStore} data-testid="clear-store">
            {T.settings.clearStore}
          </Button>
        </div>
      </Field>
    </div>
  );
}
