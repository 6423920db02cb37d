package io.landline.audio.internal;

/** How one sample is stored. */
enum SampleEncoding {
    /** Two's complement integer. */
    SIGNED,
    /** Offset-binary integer (8-bit WAV). */
    UNSIGNED,
    /** IEEE float, 32 or 64 bit. */
    FLOAT,
    /** G.711 µ-law, 8 bit. */
    ULAW,
    /** G.711 A-law, 8 bit. */
    ALAW
}
