/** Issue 11's acceptance figures for the frozen test half. */
export const GOALS = {
  heatExact: { label: 'heat level exact', value: 0.75, atMost: false },
  heatWithinOne: { label: 'heat within one level', value: 0.95, atMost: false },
  wantsF1: { label: 'wants (micro F1)', value: 0.85, atMost: false },
  theirWordsRecall: { label: 'their words found (recall)', value: 0.8, atMost: false },
  currentStep: { label: 'current step', value: 0.85, atMost: false },
  stepsJaccard: { label: 'steps done (Jaccard)', value: 0.8, atMost: false },
  draftRecall: { label: 'draft problems caught (recall)', value: 0.9, atMost: false },
  falseAlarms: { label: 'false alarms on clean drafts', value: 0.05, atMost: true },
} as const;
