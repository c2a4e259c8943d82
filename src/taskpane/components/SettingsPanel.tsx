/**
 * Rule profile, thresholds and the rules switched off, saved with the workbook. A number outside
 * its bounds is refused with a message (never silently ignored); the note under the fields says
 * whether the settings were saved, only once they were.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Dropdown,
  Field,
  Option,
  SpinButton,
  Switch,
  makeStyles,
  tokens,
  type SpinButtonOnChangeData,
} from '@fluentui/react-components';
import { useState } from 'react';
import { RULE_META } from '../../core/rules';
import { SETTING_BOUNDS, type Settings } from '../../core/settings';
import { T } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  rules: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

/** Every rule once (some check several kinds of table), in the order the engine runs them. */
const RULES = [...RULE_META.values()];

export interface SettingsPanelProps {
  settings: Settings;
  /** Whether the last change was saved in the workbook; undefined before any change. */
  saved: boolean | undefined;
  onChange(s: Settings): void;
  onReset(): void;
  /** 清除: removes the add-in's data from the workbook. */
  onClearStore(): void;
}

type NumberSetting = keyof typeof SETTING_BOUNDS;

export function SettingsPanel({ settings, saved, onChange, onReset, onClearStore }: SettingsPanelProps) {
  const s = useStyles();
  const profiles = T.settings.profiles;
  const [invalid, setInvalid] = useState<Partial<Record<NumberSetting, string>>>({});
  const number = (key: NumberSetting) => (_: unknown, d: SpinButtonOnChangeData) => {
    const v = d.value ?? (d.displayValue !== undefined && d.displayValue.trim() !== '' ? Number(d.displayValue) : NaN);
    const { min, max } = SETTING_BOUNDS[key];
    if (!Number.isFinite(v) || v < min || v > max) {
      setInvalid({ ...invalid, [key]: T.settings.outOfRange(min, max) });
      return;
    }
    setInvalid({ ...invalid, [key]: undefined });
    onChange({ ...settings, [key]: v });
  };
  const spinLabels = { incrementButton: { 'aria-label': T.settings.increment }, decrementButton: { 'aria-label': T.settings.decrement } };
  const off = new Set(settings.rulesOff);
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
      <Field
        label={T.settings.floor}
        hint={T.settings.floorHint}
        validationState={invalid.satisfactionFloor ? 'error' : 'none'}
        validationMessage={invalid.satisfactionFloor}
      >
        <SpinButton
          min={SETTING_BOUNDS.satisfactionFloor.min}
          max={SETTING_BOUNDS.satisfactionFloor.max}
          value={settings.satisfactionFloor}
          onChange={number('satisfactionFloor')}
          {...spinLabels}
          data-testid="floor"
        />
      </Field>
      <Field
        label={T.settings.tolerance}
        hint={T.settings.toleranceHint}
        validationState={invalid.roundingTolerancePerPart ? 'error' : 'none'}
        validationMessage={invalid.roundingTolerancePerPart}
      >
        <SpinButton
          min={SETTING_BOUNDS.roundingTolerancePerPart.min}
          max={SETTING_BOUNDS.roundingTolerancePerPart.max}
          step={0.005}
          precision={3}
          value={settings.roundingTolerancePerPart}
          onChange={number('roundingTolerancePerPart')}
          {...spinLabels}
          data-testid="tolerance"
        />
      </Field>
      <Accordion collapsible>
        <AccordionItem value="rules">
          <AccordionHeader size="small">{`${T.settings.rules}（${T.settings.rulesOff(off.size)}）`}</AccordionHeader>
          <AccordionPanel>
            <Caption1>{T.settings.rulesHint}</Caption1>
            <ul className={s.rules}>
              {RULES.map((r) => (
                <li key={r.id}>
                  <Switch
                    checked={!off.has(r.id)}
                    label={r.description}
                    onChange={(_, d) => onChange({ ...settings, rulesOff: d.checked ? settings.rulesOff.filter((id) => id !== r.id) : [...settings.rulesOff, r.id] })}
                    data-testid={`rule-${r.id}`}
                  />
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <Caption1 data-testid="settings-saved">{saved === undefined ? T.settings.willSave : saved ? T.settings.saved : T.settings.notSaved}</Caption1>
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
