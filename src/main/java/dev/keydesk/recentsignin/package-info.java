/**
 * Recent sign-in ("sudo mode"): sensitive actions (rolling or deleting a key, changing its permissions or
 * addresses, support's account actions) need a sign-in within {@code keydesk.recent-sign-in.max-age}. The
 * services that perform them call {@link dev.keydesk.recentsignin.RecentSignIn#require()}; the views turn its
 * refusal into a "Confirm it's you" dialog and then continue the action.
 *
 * <p>This package sits below the features that call it (apikey, support, signin, twofactor), so it knows
 * none of them: the sign-in throttle and the second factor plug in through {@link
 * dev.keydesk.recentsignin.PasswordCheckThrottle} and {@link dev.keydesk.recentsignin.SecondFactorCheck}.
 */
@NullMarked
package dev.keydesk.recentsignin;

import org.jspecify.annotations.NullMarked;
