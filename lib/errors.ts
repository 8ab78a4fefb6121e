/** Expected failures: their message is French and safe to show to the person who caused them. */
export class DomainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
export class NotFoundError extends DomainError {
  constructor(message = "Introuvable.") {
    super(message);
  }
}
export class ForbiddenError extends DomainError {
  constructor(message = "Accès refusé.") {
    super(message);
  }
}
export class UnauthenticatedError extends DomainError {
  constructor(message = "Veuillez vous connecter.") {
    super(message);
  }
}
export class ConflictError extends DomainError {
  constructor(message = "Cet élément a été modifié entre-temps. Rechargez la page.") {
    super(message);
  }
}
export class ValidationError extends DomainError {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }
}
export class RateLimitedError extends DomainError {}
