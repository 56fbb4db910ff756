// The status literals the end-to-end tests hover, complete and hint. Positions are found by
// searching this text, so edit freely.
/* eslint-disable http-status/no-magic-status-codes, http-status/no-nonstandard-status-codes -- bare literals are the point here */
const res = {
  status(code: number) {
    return code;
  },
};

res.status(404);
res.status(401);
res.status(999);
setTimeout(() => {}, 500);
export const init = { status: 201 };
