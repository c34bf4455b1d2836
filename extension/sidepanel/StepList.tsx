import type { Analysis } from '../../src/analysis/types.ts';
import type { Playbook } from '../../src/playbooks/types.ts';
import { t } from '../ui/i18n.ts';

export function StepList({ playbook, analysis }: { playbook: Playbook; analysis: Analysis }) {
  const current = playbook.steps.find((s) => s.id === analysis.current);
  return (
    <section class="steps" aria-label={t('steps_title')}>
      <p class="current-step" data-testid="current-step" data-step={analysis.current}>
        <span class="label">{t('current_step')}</span>{' '}
        <strong>{current ? current.title : t('step_complete')}</strong>
        {current && <span class="goal">{current.goal}</span>}
      </p>
      <ol class="stepper">
        {playbook.steps.map((step) => {
          const mark = analysis.done.includes(step.id)
            ? 'done'
            : analysis.skipped.includes(step.id)
              ? 'skipped'
              : step.id === analysis.current
                ? 'current'
                : 'next';
          return (
            <li key={step.id} class={`step step-${mark}`} data-step-id={step.id} data-mark={mark} aria-current={mark === 'current' ? 'step' : undefined}>
              <span class="step-title">{step.title}</span>
              <span class="visually-hidden"> ({t(`step_mark_${mark}`)})</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
