// A named constant from a constants library, which hovers show alongside TypeScript's own info.
import { StatusCodes } from 'http-status-codes';

const res = {
  status(code: number) {
    return code;
  },
};

res.status(StatusCodes.NOT_FOUND);
export {};
