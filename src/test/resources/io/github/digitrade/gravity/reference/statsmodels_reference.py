# Reference values for GravityReproductionTest, fitted with explicit dummies by statsmodels' GLM.
# Run from this folder:  /usr/bin/python3 statsmodels_reference.py > statsmodels_reference.csv
# (Debian python3-statsmodels 0.13.5, numpy 1.24.2, pandas 1.5.3). The test suite reads the CSV
# only; it never runs this script.
import sys
import numpy as np
import pandas as pd
import statsmodels.api as sm

out = []

def emit(model, term, quantity, value):
    out.append((model, term, quantity, repr(float(value))))

def dummies(df, cols):
    parts = []
    for j, c in enumerate(cols):
        d = pd.get_dummies(df[c].astype(str), prefix=c, drop_first=(j > 0), dtype=float)
        parts.append(d)
    return pd.concat(parts, axis=1)

def fit_poisson(y, X, name, clusters=()):
    m = sm.GLM(y, X, family=sm.families.Poisson())
    # IRLS to an absolute deviance change of 1e-8 on a rescaled problem is not reachable on 1e12
    # deviances; Newton from the IRLS solution, then one more IRLS pass, gives the optimum to
    # machine precision (checked by the gradient printed to stderr).
    r = m.fit(method="IRLS", tol=1e-13, maxiter=500)
    grad = X.T @ (y - r.mu)
    print(name, "max |gradient| / max |X'y| =", float(np.max(np.abs(grad)) / np.max(np.abs(X.T @ y))), file=sys.stderr)
    return m, r

# fixest trade: Euros ~ log(dist_km) | Origin + Destination + Product + Year
t = pd.read_csv("../fixest_trade.csv.gz", dtype={"Origin": str, "Destination": str})
D = dummies(t, ["Origin", "Destination", "Product", "Year"])
X = pd.concat([np.log(t["dist_km"]).rename("log_dist"), D], axis=1).astype(float)
y = t["Euros"].astype(float).values
m, r = fit_poisson(y, X.values, "trade")
emit("trade_ppml", "log_dist", "estimate", r.params[0])
emit("trade_ppml", "log_dist", "se_iid_statsmodels", r.bse[0])
for c in ["Origin", "Product"]:
    g = pd.factorize(t[c])[0]
    rc = m.fit(method="IRLS", tol=1e-13, maxiter=500, start_params=r.params, cov_type="cluster", cov_kwds={"groups": g})
    emit("trade_ppml", "log_dist", "se_cluster_" + c + "_statsmodels", rc.bse[0])
rh = m.fit(method="IRLS", tol=1e-13, maxiter=500, start_params=r.params, cov_type="HC0")
emit("trade_ppml", "log_dist", "se_hc0_statsmodels", rh.bse[0])
emit("trade_ppml", "", "loglik", r.llf)
emit("trade_ppml", "", "deviance", r.deviance)
emit("trade_ppml", "", "nobs", r.nobs)
emit("trade_ppml", "", "k", X.shape[1])

# Santos Silva & Tenreyro (2006) Table 3, PPML with a constant
s = pd.read_csv("../sst2006_table3.csv.gz")
regs = "lypex lypim lyex lyim ldist border comlang colony landl_ex landl_im lremot_ex lremot_im comfrt_wto open_wto".split()
for name, sub in [("sst_all", s), ("sst_positive", s[s.trade > 0])]:
    Xs = sm.add_constant(sub[regs].astype(np.float64))
    ms = sm.GLM(sub["trade"].astype(float).values, Xs.values, family=sm.families.Poisson())
    rs = ms.fit(method="IRLS", tol=1e-13, maxiter=500)
    rh = ms.fit(method="IRLS", tol=1e-13, maxiter=500, start_params=rs.params, cov_type="HC0")
    for j, c in enumerate(["(Intercept)"] + regs):
        emit(name, c, "estimate", rs.params[j])
        emit(name, c, "se_hc0_statsmodels", rh.bse[j])
    emit(name, "", "nobs", rs.nobs)

print("model,term,quantity,value")
for row in out:
    print(",".join(row))
