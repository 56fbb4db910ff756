import allowedStatusCodes from '../rules/allowed-status-codes';
import consistentErrorBody from '../rules/consistent-error-body';
import noBodyOnBodilessStatus from '../rules/no-body-on-bodiless-status';
import noMagicStatusCodes from '../rules/no-magic-status-codes';
import noMethodChangingRedirect from '../rules/no-method-changing-redirect';
import noNonstandardStatusCodes from '../rules/no-nonstandard-status-codes';
import noServerErrorForClientErrors from '../rules/no-server-error-for-client-errors';
import requireLocationHeader from '../rules/require-location-header';
import requireStatusHeaders from '../rules/require-status-headers';

/** Every rule of the plugin, by id. One file each in `rules/`. */
export const rules = {
  'allowed-status-codes': allowedStatusCodes,
  'consistent-error-body': consistentErrorBody,
  'no-body-on-bodiless-status': noBodyOnBodilessStatus,
  'no-magic-status-codes': noMagicStatusCodes,
  'no-method-changing-redirect': noMethodChangingRedirect,
  'no-nonstandard-status-codes': noNonstandardStatusCodes,
  'no-server-error-for-client-errors': noServerErrorForClientErrors,
  'require-location-header': requireLocationHeader,
  'require-status-headers': requireStatusHeaders,
};

export type RuleId = keyof typeof rules;
