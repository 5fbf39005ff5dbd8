package dev.homeytoolkit.api.meta;

/** Where a parameter travels in the HTTP request. */
public enum In {
  /** A {@code :name} segment of the path. */
  PATH,
  /** The query string, jQuery-style for arrays and objects. */
  QUERY,
  /** The JSON body: the whole body when the parameter is {@code root}, else one field of it. */
  BODY
}
