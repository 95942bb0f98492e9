package dev.firebreak.security.people;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A new password that {@link PasswordPolicy} accepts; {@code null} passes (pair it with
 * {@code @NotNull} where a password is required). Checked with the request's other
 * fields, so one answer names every problem.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AcceptablePassword.Validator.class)
public @interface AcceptablePassword {

	String message() default "is not acceptable";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Created by Spring's constraint validator factory, so the policy is injected. */
	class Validator implements ConstraintValidator<AcceptablePassword, String> {

		private final PasswordPolicy policy;

		Validator(PasswordPolicy policy) {
			this.policy = policy;
		}

		@Override
		public boolean isValid(String password, ConstraintValidatorContext context) {
			if (password == null) {
				return true;
			}
			return policy.problem(password).map(problem -> {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
				return false;
			}).orElse(true);
		}

	}

}
