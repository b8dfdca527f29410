// Content that does not fit its format (handout page limit, flyer, tabs, wallet card): the caller reports it
// against the strings that are too long, so it is a type of its own rather than a message to match.
export class DoesNotFitError extends Error {
  override readonly name = 'DoesNotFitError';
}
