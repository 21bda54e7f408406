// What the API's middleware keeps in `res.locals`, typed once for every handler that reads it.
declare global {
  namespace Express {
    interface Locals {
      /** The code of the error the answer carries (`host_not_allowed`, `not_found`…), for the request log. */
      errorCode?: string;
    }
  }
}

export {};
