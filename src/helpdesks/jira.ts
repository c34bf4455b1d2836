import type { Author, Message, Ticket } from '../ticket.ts';
import type { HelpdeskAdapter } from './types.ts';
import { all, first, isoDate, lineOf } from './dom.ts';
import { customerFrom, textWithout } from './dom-read.ts';

/**
 * Jira Service Management (Cloud), agent view of a request on *.atlassian.net.
 * Selector sources: the data-testid hooks of Jira's issue view that public userscripts and
 * extensions read (summary heading, breadcrumbs current-issue item, status button, reporter
 * field, rich-text description, issue.activity.comments-list with comment-base-item-<id>
 * and issue-comment-base.ui.comment.ak-comment.<id>-header/-body, profilecard trigger,
 * the issue.activity.comment composer with its ProseMirror editor), and the
 * "servicedesk-" prefix every Service Management component's test id carries.
 * Jira Software issues share the issue view, so a Service Management signature is required.
 */

const HOST = /\.atlassian\.net$/;
const SERVICE_DESK_PATH = /\/jira\/servicedesk\/|\/servicedesk\//;
const SERVICE_DESK_MARKERS = [
  '[data-testid^="servicedesk-"]', // any Service Management component (queues, assets, request panels)
];
const ISSUE_KEY = /\b([A-Z][A-Z0-9_]+-\d+)\b/;

const KEY = [
  '[data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"]', // issue view 2019+
];
const SUMMARY = [
  'h1[data-testid="issue.views.issue-base.foundation.summary.heading"]', // issue view 2019+
  '[data-testid="issue.views.issue-base.foundation.summary.heading"]',
];
const STATUS = [
  '[data-testid="issue-field-status.ui.status-view.status-button.status-button"]', // status lozenge button
];
const REPORTER = [
  '[data-testid="issue.views.field.user.reporter.name.wrapper"]', // name only, without the avatar label
  '[data-testid="issue.views.field.user.reporter"]',
];
const DESCRIPTION = [
  '[data-testid="issue.views.field.rich-text.description"]', // the request as the customer raised it
];
const COMMENTS = [
  '[data-testid="issue.activity.comments-list"] [data-testid^="comment-base-item-"]', // 2023+
  '[data-testid^="comment-base-item-"]',
];
const COMMENT_HEADER = ['[data-testid^="issue-comment-base.ui.comment.ak-comment."][data-testid$="-header"]'];
const COMMENT_AUTHOR = ['[data-testid="profilecard-next.ui.profilecard.profilecard-trigger"]'];
const COMMENT_BODY = [
  '[data-testid^="issue-comment-base.ui.comment.ak-comment."][data-testid$="-body"]',
  '[data-testid^="issue-comment-base.ui.comment.ak-comment."][data-testid$="-content"]', // older naming
];
const COMMENT_TIME = ['time[datetime]'];
/** Service Management labels internal comments with a lozenge in the comment header. */
const INTERNAL_LABEL = /^internal( note| comment)?$/i;

const EDITOR = [
  '[data-testid="issue.activity.comment"] .ProseMirror[contenteditable="true"]', // open comment composer
  '[data-testid="issue.activity.comment"] [contenteditable="true"]',
  '#ak-editor-textarea[contenteditable="true"]', // Atlassian editor id (also used by the description editor)
];

function isServiceManagement(url: URL, doc: Document): boolean {
  return SERVICE_DESK_PATH.test(url.pathname) || first(doc, SERVICE_DESK_MARKERS) !== null;
}

function isInternal(header: Element | null): boolean {
  if (!header) return false;
  return Array.from(header.querySelectorAll('span, div')).some(
    (el) => el.children.length === 0 && INTERNAL_LABEL.test(lineOf(el) ?? ''),
  );
}

/** Comment ids grow with time; the activity feed may be set to newest first. */
function commentOrder(item: Element): number {
  return Number(item.getAttribute('data-testid')?.replace('comment-base-item-', '')) || 0;
}

export const jira: HelpdeskAdapter = {
  id: 'jira',
  name: 'Jira Service Management',
  hostPatterns: ['https://*.atlassian.net/*'],

  // Atlassian's issue-view test ids plus a Service Management component, all of them (Jira Software alone is not a helpdesk).
  structure: { parts: [SERVICE_DESK_MARKERS, SUMMARY, KEY], needs: 3 },

  matches(url, doc) {
    return HOST.test(url.hostname) && isServiceManagement(url, doc);
  },

  read(doc, url) {
    const summary = first(doc, SUMMARY);
    const id =
      lineOf(first(doc, KEY))?.match(ISSUE_KEY)?.[1] ??
      url.searchParams.get('selectedIssue') ??
      url.pathname.match(ISSUE_KEY)?.[1];
    if (!summary || !id) return null;

    // In Service Management the reporter is the customer who raised the request.
    const reporter = lineOf(first(doc, REPORTER));
    const messages: Message[] = [];
    const request = textWithout(first(doc, DESCRIPTION), []);
    if (request) messages.push({ author: 'customer', ...(reporter ? { name: reporter } : {}), text: request });

    const comments = [...all(doc, COMMENTS)].sort((a, b) => commentOrder(a) - commentOrder(b));
    for (const comment of comments) {
      const header = first(comment, COMMENT_HEADER);
      const text = textWithout(first(comment, COMMENT_BODY), []);
      if (!text) continue;
      const name = lineOf(first(header ?? comment, COMMENT_AUTHOR));
      const author: Author = isInternal(header) ? 'note' : name && name === reporter ? 'customer' : 'agent';
      const at = isoDate(first(comment, COMMENT_TIME)?.getAttribute('datetime'));
      messages.push({ author, ...(name ? { name } : {}), ...(at ? { at } : {}), text });
    }

    const status = lineOf(first(doc, STATUS));
    const ticket: Ticket = {
      helpdesk: 'jira',
      id,
      url: url.href,
      subject: lineOf(summary) ?? '',
      ...(status ? { status } : {}),
      customer: customerFrom(reporter, undefined),
      messages,
    };
    return ticket;
  },

  editor(doc) {
    return first(doc, EDITOR);
  },
};
