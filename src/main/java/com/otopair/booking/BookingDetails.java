package com.otopair.booking;

/** What the customer tells the shop when confirming a hold. */
public record BookingDetails(VehicleDetails vehicle, String problem, String contactPhone) {}
