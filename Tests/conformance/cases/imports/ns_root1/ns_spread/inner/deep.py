print("loading ns_spread.inner.deep", __package__)
