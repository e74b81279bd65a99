// The Dutch abbreviations the sentence splitter must not end a sentence on.
//
// Source: our own compilation of abbreviations in common Dutch use, gathered
// from the abbreviation lists in Dutch style guides and Taaladvies (Nederlandse
// Taalunie). Abbreviations are facts about the language; the list and its
// selection are written for Vraagbaak.
//
// How to extend: add one abbreviation per line inside `list`, lower-cased, with
// all its dots ("m.b.t.", "bijv."), and keep the lines sorted. Capitalised uses
// ("Dr.", "O.a.") match automatically. Leave out abbreviations that are also
// ordinary words or first names ("vol.", "zo.", "ma.", "jan.", "al."): the
// splitter would then never end a sentence on that word. A single letter
// followed by a dot, and chains of them ("J.P.", "z.g.a.n."), are already kept
// together as initials, but the common ones are listed anyway so the list
// documents itself. If the new abbreviation can also close a sentence, as
// "enz." can, add it to `sentenceClosing` too.

/// Keeps sentences whole at "o.a." and "Dr.": an abbreviation's dot followed
/// by a capital or a number looks exactly like the end of a sentence.
public enum DutchAbbreviations {
    /// Lower-cased, each with its dots.
    public static let all: Set<String> = Set(
        list.split(whereSeparator: \.isNewline)
            .map { String($0.filter { !$0.isWhitespace }).lowercased() }
            .filter { !$0.isEmpty }
    )

    /// Abbreviations that often stand last in a sentence ("appels, peren enz."),
    /// so a capitalised word after them starts a new one.
    static let sentenceClosing: Set<String> = [
        "c.s.", "e.a.", "e.d.", "e.o.", "e.v.", "enz.", "etc.", "o.i.d.",
    ]

    private static let list = """
    a.d.h.v.
    a.h.w.
    a.s.
    a.u.b.
    aanv.
    adj.
    adv.
    afb.
    afd.
    afl.
    alg.
    apr.
    art.
    aug.
    b.v.
    bijl.
    bijv.
    bijz.
    bl.
    blz.
    bv.
    c.q.
    c.s.
    ca.
    cf.
    cfr.
    cq.
    d.d.
    d.i.
    d.m.v.
    d.w.z.
    dec.
    dgl.
    dhr.
    dir.
    dr.
    drs.
    ds.
    e.a.
    e.d.
    e.e.a.
    e.g.
    e.o.
    e.v.
    enk.
    enz.
    etc.
    evt.
    excl.
    fam.
    feb.
    fig.
    geb.
    gem.
    hfst.
    hr.
    i.c.
    i.e.
    i.h.a.
    i.h.k.v.
    i.o.
    i.o.m.
    i.o.v.
    i.p.v.
    i.s.m.
    i.t.t.
    i.v.m.
    incl.
    ing.
    ir.
    ivm.
    jg.
    jhr.
    jl.
    jr.
    jul.
    jun.
    kand.
    lic.
    m.a.w.
    m.b.t.
    m.b.v.
    m.i.
    m.i.v.
    m.m.v.
    m.n.
    m.u.v.
    max.
    mej.
    mevr.
    mgr.
    min.
    mln.
    mr.
    mrd.
    mrt.
    mv.
    mw.
    n.a.v.
    n.b.
    n.chr.
    n.v.
    n.v.t.
    nl.
    nov.
    nr.
    nrs.
    o.a.
    o.b.v.
    o.i.
    o.i.d.
    o.l.v.
    o.m.
    o.v.v.
    okt.
    ong.
    ongev.
    p.a.
    p.p.
    pag.
    par.
    pct.
    penn.
    plm.
    pp.
    prof.
    prov.
    red.
    resp.
    s.v.p.
    secr.
    sep.
    sept.
    sr.
    st.
    str.
    t.a.v.
    t.b.v.
    t.g.v.
    t.k.
    t.o.v.
    t.w.
    t.w.v.
    t.z.t.
    tel.
    v.a.
    v.chr.
    v.l.n.r.
    vb.
    vgl.
    vlg.
    vlgs.
    vnl.
    vs.
    vz.
    w.o.
    wnd.
    ws.
    z.g.a.n.
    z.i.
    z.o.z.
    z.s.m.
    zg.
    zgn.
    zog.
    """
}
