package dev.cutover.parity;

/** A class and the reason a person reads for it ("SDKs read $.choices[*].finish_reason"). */
public record Classification(DiffClass diffClass, String why) {
    static Classification breaking(String why) { return new Classification(DiffClass.BREAKING, why); }
    static Classification behavioural(String why) { return new Classification(DiffClass.BEHAVIOURAL, why); }
    static Classification cosmetic(String why) { return new Classification(DiffClass.COSMETIC, why); }
}
