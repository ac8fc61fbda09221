/**
 * The HTTP edge shared by every feature: the JSON error body and bounded body reads of /api/**, strict JSON
 * reading, Cache-Control, and the refusals that happen before any feature sees a request (Tomcat's,
 * the firewall's). No feature logic.
 */
@NullMarked
package dev.keydesk.base.web;

import org.jspecify.annotations.NullMarked;
