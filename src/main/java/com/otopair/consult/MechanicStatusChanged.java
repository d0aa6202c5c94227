package com.otopair.consult;

import com.otopair.base.LiveUpdate;
import java.util.UUID;

/** A mechanic went online or offline: waiting rooms recount the mechanics online. */
public record MechanicStatusChanged(UUID mechanicId) implements LiveUpdate {}
