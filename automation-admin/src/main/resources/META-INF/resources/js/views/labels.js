// How automations and actions are named on screen.
import { t } from '../i18n.js';

export const ACTION_TYPES = ['ADD_TO_GROUP', 'REMOVE_FROM_GROUP', 'SEND_REPLY', 'FORWARD_TO_MOBILE', 'FORWARD_TO_EMAIL',
  'UNSUBSCRIBE', 'FORWARD_TO_URL'];

export const PLACEHOLDERS = ['from', 'to', 'text', 'keyword', 'args', 'messageId', 'receivedAt', 'automation'];

export function actionTypeLabel(type) {
  return t(`actionTypes.${type}`);
}

export function matchLabel(match) {
  return t(`match.${match}`);
}

export function numbersLabel(numbers) {
  return numbers && numbers.length ? numbers.join(', ') : t('automations.everyNumber');
}
