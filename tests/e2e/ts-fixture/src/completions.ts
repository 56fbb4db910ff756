// Opened with other content by the tests (an unfinished `res.status(`); on disk it must compile.
/* eslint-disable http-status/no-magic-status-codes -- bare literals are the point here */
const res = {
  status(code: number) {
    return code;
  },
};

res.status(200);
export {};
