package com.otopair.base;

/**
 * A wall time's patterns, in {@link java.time.format.DateTimeFormatter}'s notation, for code that
 * formats times outside Java ({@link Formats#timeStyle()}).
 *
 * @param time a wall time, as {@link Formats#time(java.time.LocalTime)} writes it: "h:mm a" ("1:30
 *     PM"), "H 'h' mm" ("13 h 30")
 * @param hour a whole hour on a time axis: "h a" ("1 PM"), "H 'h'" ("13 h")
 * @param am the pattern letter {@code a} before noon ("AM")
 * @param pm the pattern letter {@code a} from noon on ("PM")
 */
public record TimeStyle(String time, String hour, String am, String pm) {}
