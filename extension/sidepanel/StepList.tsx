import type { Analysis } from '../../src/analysis/types.ts';
import type { Playbook } from '../../src/playbooks/types.ts';
import { t } from '../ui/i18n.ts';

type Mark = 'done' | 'skipped' | 'current' | 'next';

function markOf(stepId: string, analysis: Analysis): Mark {
  if (analysis.done.includes(stepId)) return 'done';
  if (analysis.skipped.includes(stepId)) return 'skipped';
  return stepId === analysis.current ? 'current' : 'next';
}

/**
 * The playbook as a stepper (done, current, to come), with the current step's goal and one
 * do and one don't. Clicking a step marks it done or not done by hand: the agent may have
 * done it on the phone, or the engine misread a reply.
 */
export function StepList({ playbook, analysis, onToggle }: { playbook: Playbook; analysis: Analysis; onToggle?: (stepId: string, done: boolean) => void }) {
  const current = playbook.steps.find((s) => s.id === analysis.current);
  return (
    <section class="steps" aria-labelledby="steps-title">
      <h2 id="steps-title" class="visually-hidden">{t('steps_title')}</h2>
      <ol class="stepper" aria-label={t('steps_title')}>
        {playbook.steps.map((step) => {
          const mark = markOf(step.id, analysis);
          return (
            <li key={step.id} class={`step step-${mark}`} data-step-id={step.id} data-mark={mark} aria-current={mark === 'current' ? 'step' : undefined}>
              {onToggle ? (
                <button
                  type="button"
                  class="step-toggle"
                  data-testid="step-toggle"
                  aria-pressed={mark === 'done'}
                  title={t(mark === 'done' ? 'step_mark_undone_hint' : 'step_mark_done_hint')}
                  onClick={() => onToggle(step.id, mark !== 'done')}
                >
                  <span class="step-title">{step.title}</span>
                  <span class="visually-hidden"> ({t(`step_mark_${mark}`)})</span>
                </button>
              ) : (
                <>
                  <span class="step-title">{step.title}</span>
                  <span class="visually-hidden"> ({t(`step_mark_${mark}`)})</span>
                </>
              )}
            </li>
          );
        })}
      </ol>
      <div class="current-step" data-testid="current-step" data-step={analysis.current}>
        <p class="current-step-name">
          <span class="label">{t('current_step')}</span> <strong>{current ? current.title : t('step_complete')}</strong>
        </p>
        {current && <p class="goal">{current.goal}</p>}
        {current && (current.dos[0] || current.donts[0]) && (
          <ul class="do-dont">
            {current.dos[0] && (
              <li class="do" data-testid="step-do">
                <span class="do-mark">{t('step_do')}</span> {current.dos[0]}
              </li>
            )}
            {current.donts[0] && (
              <li class="dont" data-testid="step-dont">
                <span class="dont-mark">{t('step_dont')}</span> {current.donts[0]}
              </li>
            )}
          </ul>
        )}
      </div>
    </section>
  );
}
